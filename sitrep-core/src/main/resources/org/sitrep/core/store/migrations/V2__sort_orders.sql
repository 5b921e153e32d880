-- Indexes for the incident list's other orders (IncidentQuery.Sort). Each ends in (sort_date, id) or id
-- like the order itself, so a page is read from the index in order and stops after the page; the
-- expressions are the ones IncidentRows orders by (a missing figure sorts as 0; undated last when oldest
-- first).
CREATE INDEX incident_by_killed ON incident (ifnull(best_killed, 0), sort_date, id);
CREATE INDEX incident_by_injured ON incident (ifnull(best_injured, 0), sort_date, id);
CREATE INDEX incident_by_articles ON incident (article_count, sort_date, id);
CREATE INDEX incident_by_updated ON incident (updated_at, id);
CREATE INDEX incident_by_oldest ON incident (sort_date = '', sort_date, id);
