-- An open cycle's missing list no longer probes `measure` for each owing obligation (V129: the
-- obligations keep the lead), and no other query walks `measure` by id with its status and lead:
-- the index V72 made for those probes (rebuilt by V110) is one B-tree less to write per measure.
drop index measure_obligation;
