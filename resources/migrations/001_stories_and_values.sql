-- Schema 1: the story vault, companies and their value principles, and the matrix links.
-- Statements are separated by a line holding only ";".
CREATE TABLE stories (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT    NOT NULL,
    kinds       INTEGER NOT NULL DEFAULT 0,
    situation   TEXT    NOT NULL DEFAULT '',
    task        TEXT    NOT NULL DEFAULT '',
    action      TEXT    NOT NULL DEFAULT '',
    result      TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    backbone    INTEGER NOT NULL DEFAULT 0 CHECK (backbone IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
)
;
CREATE TABLE companies (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL,
    name_key        TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL DEFAULT '',
    level           TEXT NOT NULL DEFAULT '',
    interview_date  TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    source_url      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
)
;
CREATE TABLE value_principles (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES value_principles(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    meaning     TEXT    NOT NULL DEFAULT '',
    keywords    TEXT    NOT NULL DEFAULT '[]',
    themes      TEXT    NOT NULL DEFAULT '[]',
    position    INTEGER NOT NULL DEFAULT 0
)
;
CREATE INDEX value_principles_company ON value_principles(company_id, parent_id, position)
;
CREATE TABLE story_value_links (
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    value_id  INTEGER NOT NULL REFERENCES value_principles(id) ON DELETE CASCADE,
    notes     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (story_id, value_id)
)
;
CREATE INDEX story_value_links_value ON story_value_links(value_id)
