-- Participatory CPD (learning with other professionals: workshops, network events, team work) as
-- regulators count it, apart from individual learning (reading, e-learning alone). Event attendance
-- already logged was participatory.
ALTER TABLE cpd_entry ADD participatory BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE cpd_entry SET participatory = TRUE WHERE source = 'EVENT';
