-- Schema 2: questions, R-STAR-L answers and practice runs.
-- Deleting a company removes its answers; deleting a question, value or story keeps the
-- answer (its text is the user's work) and clears the reference.
CREATE TABLE questions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    text        TEXT NOT NULL,
    themes      TEXT NOT NULL DEFAULT '[]',
    company_id  INTEGER REFERENCES companies(id) ON DELETE CASCADE
)
;
CREATE INDEX questions_company ON questions(company_id)
;
CREATE TABLE answers (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id  INTEGER REFERENCES questions(id) ON DELETE SET NULL,
    company_id   INTEGER REFERENCES companies(id) ON DELETE CASCADE,
    value_id     INTEGER REFERENCES value_principles(id) ON DELETE SET NULL,
    story_id     INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    repeat       TEXT NOT NULL DEFAULT '',
    situation    TEXT NOT NULL DEFAULT '',
    task         TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '',
    link_back    TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
)
;
CREATE INDEX answers_company ON answers(company_id)
;
CREATE INDEX answers_story ON answers(story_id)
;
CREATE INDEX answers_question ON answers(question_id)
;
CREATE INDEX answers_value ON answers(value_id)
;
CREATE TABLE practice_runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id    INTEGER REFERENCES answers(id) ON DELETE CASCADE,
    question_id  INTEGER REFERENCES questions(id) ON DELETE CASCADE,
    started_at   TEXT    NOT NULL,
    seconds      INTEGER NOT NULL CHECK (seconds >= 0),
    rating       INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    CHECK ((answer_id IS NULL) <> (question_id IS NULL))
)
;
CREATE INDEX practice_runs_answer ON practice_runs(answer_id)
;
CREATE INDEX practice_runs_question ON practice_runs(question_id)
