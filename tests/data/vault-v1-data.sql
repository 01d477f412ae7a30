-- Rows for the schema-1 fixture (vault-v1.starling). Ids are explicit so tst_migrations can
-- name them. Text mixes scripts on purpose: a migration must carry it over untouched.
INSERT INTO stories (id, title, kinds, situation, task, action, result, notes, backbone, created_at, updated_at) VALUES
 (1, 'Churn model rescue', 1, 'Churn model drifted after a pricing change', 'Win back trust in the forecast',
  'Rebuilt features; added drift alerts', 'Error down 40%', 'backbone success', 1,
  '2024-01-02T03:04:05.006Z', '2024-01-03T03:04:05.006Z'),
 (2, 'Failed A/B launch', 2, 'Launched without a power analysis', 'Own the miss',
  'Wrote the post-mortem', 'Team adopted pre-registration', '', 0,
  '2024-02-02T10:00:00.000Z', '2024-02-02T10:00:00.000Z'),
 (3, 'שלום – مرحبا – 你好 – 🚀 – e' || char(769) || ' – 👩‍💻', 12, 'Unicode situation', '', '', '', '', 0,
  '2024-03-04T05:06:07.089Z', '2024-03-04T05:06:07.089Z');

INSERT INTO companies (id, name, name_key, role, level, interview_date, notes, source_url, created_at, updated_at) VALUES
 (1, 'Acme Analytics', 'acme analytics', 'Data Scientist', 'Senior', '2024-05-06', 'Loop on Friday',
  'https://example.invalid/acme/values', '2024-01-05T00:00:00.000Z', '2024-01-05T00:00:00.000Z'),
 (2, 'École Data', 'école data', '', '', NULL, '', '', '2024-01-06T00:00:00.000Z', '2024-01-06T00:00:00.000Z');

INSERT INTO value_principles (id, company_id, parent_id, name, meaning, keywords, themes, position) VALUES
 (1, 1, NULL, 'Ownership', 'You act without waiting to be told', '["owner","end to end"]', '["ownership"]', 0),
 (2, 1, 1, 'Long-term thinking', 'Trade short wins for durable ones', '["long term"]', '[]', 0),
 (3, 1, 1, 'Never say not my job', '', '[]', '[]', 1),
 (4, 1, NULL, 'Learn and be curious', 'Keep learning', '["curious"]', '["learning"]', 1),
 (5, 2, NULL, 'Bienveillance', '', '[]', '[]', 0);

INSERT INTO story_value_links (story_id, value_id, notes) VALUES
 (1, 1, '- owned the rebuild'),
 (1, 2, ''),
 (2, 4, '- post-mortem'),
 (3, 5, 'unicode link');
