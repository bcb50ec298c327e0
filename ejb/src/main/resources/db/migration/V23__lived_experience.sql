-- People with lived experience take part in local teams and discussions as themselves: a choice of
-- "profession" of its own, shown beside their name like anyone's, before "Other".
UPDATE taxonomy_term SET position = 22 WHERE kind = 'profession' AND code = 'OTHER';
INSERT INTO taxonomy_term (kind, code, label, position) VALUES
  ('profession', 'LIVED_EXPERIENCE', 'Lived experience', 21);
