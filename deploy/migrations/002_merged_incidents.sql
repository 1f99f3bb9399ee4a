-- 002_merged_incidents.sql — incidents across articles (issue 5): reports of
-- the same event from different articles become one merged incident with its
-- source articles, a report count and a version bumped at every change.
--
-- Same incident = same event type, same country, dates within one day, and
-- the same place (within 25 km when both have coordinates, else the same
-- location name).  Casualties follow ACLED: the figure of the most recently
-- published report that gives one (a later report revises the toll), the
-- lowest of those published together (the most conservative); each report's
-- own figures stay in incident_reports for audit.
--
-- incidentd_merge() runs inside the worker's batch transaction, after the
-- batch's incidents were written.  It serialises merges per (event type,
-- country) with transaction advisory locks taken in a fixed order, so two
-- workers merging reports of the same incident at once still make one.

CREATE TABLE merged_incidents (
    id              uuid PRIMARY KEY,
    version         integer NOT NULL CHECK (version >= 1),
    event_type      text NOT NULL,
    sub_event_type  text,
    event_date      date NOT NULL,
    country         text NOT NULL,
    admin1          text,
    location        text,
    lat             double precision,
    lon             double precision,
    fatalities      integer,
    injuries        integer,
    report_count    integer NOT NULL CHECK (report_count >= 0),
    fingerprint     text,               -- of the reports and figures: unchanged = no new version
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX merged_incidents_match_idx ON merged_incidents (event_type, country, event_date);

-- One row per article incident that is part of a merged incident.
CREATE TABLE incident_reports (
    article_id   text NOT NULL,
    ordinal      integer NOT NULL,
    incident_id  uuid NOT NULL REFERENCES merged_incidents (id),
    fatalities   integer,
    injuries     integer,
    published_at timestamptz,
    PRIMARY KEY (article_id, ordinal),
    FOREIGN KEY (article_id, ordinal) REFERENCES incidents (article_id, ordinal) ON DELETE CASCADE
);
CREATE INDEX incident_reports_incident_idx ON incident_reports (incident_id);

-- Great-circle distance in km.
CREATE FUNCTION incidentd_km(lat1 float8, lon1 float8, lat2 float8, lon2 float8)
RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
    SELECT 2 * 6371 * asin(sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)))
$$;

-- Recomputes a merged incident from its reports, bumps its version and writes
-- its incident.created / incident.updated event to the outbox.  An incident
-- left without reports is deleted (no event: its reports were withdrawn).
CREATE FUNCTION incidentd_refresh(p_id uuid, p_topic text, p_created boolean)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    m merged_incidents;
    n integer;
    fat integer;
    inj integer;
    src jsonb;
    fp text;
BEGIN
    SELECT count(*), jsonb_agg(jsonb_build_object('article_id', r.article_id, 'ordinal', r.ordinal,
                                                  'fatalities', r.fatalities, 'injuries', r.injuries,
                                                  'published_at', r.published_at)
                               ORDER BY r.published_at NULLS FIRST, r.article_id, r.ordinal)
      INTO n, src FROM incident_reports r WHERE r.incident_id = p_id;
    IF n = 0 THEN
        DELETE FROM merged_incidents WHERE id = p_id;
        RETURN;
    END IF;
    -- ACLED: the latest report giving a figure revises it; ties: the lowest.
    SELECT r.fatalities INTO fat FROM incident_reports r
     WHERE r.incident_id = p_id AND r.fatalities IS NOT NULL
     ORDER BY r.published_at DESC NULLS LAST, r.fatalities LIMIT 1;
    SELECT r.injuries INTO inj FROM incident_reports r
     WHERE r.incident_id = p_id AND r.injuries IS NOT NULL
     ORDER BY r.published_at DESC NULLS LAST, r.injuries LIMIT 1;
    fp := md5(src::text || '/' || coalesce(fat, -1) || '/' || coalesce(inj, -1));
    UPDATE merged_incidents SET
        report_count = n, fatalities = fat, injuries = inj, fingerprint = fp,
        version = CASE WHEN p_created THEN version ELSE version + 1 END,
        updated_at = now()
    WHERE id = p_id AND fingerprint IS DISTINCT FROM fp
    RETURNING * INTO m;
    IF NOT FOUND THEN
        RETURN;                         -- re-processed with the same outcome: no new version
    END IF;
    INSERT INTO outbox (event_id, topic, msg_key, type, subject, payload)
    VALUES (md5('incident/' || m.id || '/' || m.version)::uuid, p_topic, convert_to(m.id::text, 'UTF8'),
            CASE WHEN p_created THEN 'incident.created' ELSE 'incident.updated' END, m.id::text,
            (to_jsonb(m) - 'fingerprint') || jsonb_build_object('sources', src))
    ON CONFLICT (event_id) DO NOTHING;
END
$$;

-- Merges the incidents of the given articles (their incidents rows were just
-- replaced).  p_withdrawn: merged incidents that lost reports when those
-- articles' old incidents were deleted.
CREATE FUNCTION incidentd_merge(p_articles text[], p_withdrawn uuid[], p_topic text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    i record;
    target uuid;
    touched uuid[] := '{}';
    created uuid[] := '{}';
    t uuid;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('incidentd.merge'), k)
       FROM (SELECT DISTINCT hashtext(x.event_type || '/' || x.country) AS k
               FROM incidents x
              WHERE x.article_id = ANY (p_articles) AND x.event_type IS NOT NULL
                AND x.country IS NOT NULL AND x.event_date IS NOT NULL) keys
      ORDER BY k;
    FOR i IN
        SELECT x.*, a.published_at FROM incidents x JOIN articles a ON a.id = x.article_id
         WHERE x.article_id = ANY (p_articles) AND x.event_type IS NOT NULL
           AND x.country IS NOT NULL AND x.event_date IS NOT NULL
         ORDER BY a.published_at NULLS FIRST, x.article_id, x.ordinal
    LOOP
        SELECT m.id INTO target FROM merged_incidents m
         WHERE m.event_type = i.event_type AND m.country = i.country
           AND m.event_date BETWEEN i.event_date - 1 AND i.event_date + 1
           AND CASE WHEN m.lat IS NOT NULL AND i.lat IS NOT NULL
                    THEN incidentd_km(m.lat, m.lon, i.lat, i.lon) <= 25
                    ELSE lower(m.location) = lower(i.location) END
         ORDER BY abs(m.event_date - i.event_date), m.created_at, m.id
         LIMIT 1;
        IF target IS NULL THEN
            INSERT INTO merged_incidents (id, version, event_type, sub_event_type, event_date,
                                          country, admin1, location, lat, lon, report_count)
            VALUES (gen_random_uuid(), 1, i.event_type, i.sub_event_type, i.event_date, i.country,
                    i.admin1, i.location, i.lat, i.lon, 0)
            RETURNING id INTO target;
            created := created || target;
        END IF;
        INSERT INTO incident_reports (article_id, ordinal, incident_id, fatalities, injuries, published_at)
        VALUES (i.article_id, i.ordinal, target, i.fatalities, i.injuries, i.published_at);
        IF NOT target = ANY (touched) THEN
            touched := touched || target;
        END IF;
    END LOOP;
    FOR t IN SELECT DISTINCT u FROM unnest(touched || coalesce(p_withdrawn, '{}')) AS u LOOP
        PERFORM incidentd_refresh(t, p_topic, t = ANY (created));
    END LOOP;
END
$$;
