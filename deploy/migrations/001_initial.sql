-- 001_initial.sql — the worker's schema: extraction results, the offsets
-- that make delivery exactly-once, the outbox and the dead letters.
-- Applied by `incidentd migrate` inside one transaction (no BEGIN/COMMIT here).
-- The delivery protocol these tables implement is described in deploy/README.md.

-- One row per article id: the latest extraction of its latest content.
CREATE TABLE articles (
    id             text PRIMARY KEY,
    url            text,
    source         text,
    title          text,
    published_at   timestamptz,          -- NULL when the input date is not ISO 8601
    published_raw  text,                 -- the date as the scraper sent it
    content_hash   text NOT NULL,        -- changes when the article's content changes
    rules_version  text NOT NULL,        -- idd_version() of the extraction
    result         jsonb NOT NULL,       -- the full result (shared/corpus/GUIDE.md)
    version        integer NOT NULL DEFAULT 1 CHECK (version >= 1),  -- bumped per content change
    first_seen_at  timestamptz NOT NULL DEFAULT now(),
    extracted_at   timestamptz NOT NULL DEFAULT now(),
    src_topic      text NOT NULL,        -- where the stored version was read
    src_partition  integer NOT NULL,
    src_offset     bigint NOT NULL
);
CREATE INDEX articles_published_at_idx ON articles (published_at);

-- The incidents of one article, replaced whenever the article is re-extracted.
-- Cross-article merged incidents (issue 5) get their own tables in a later
-- migration and reference these rows by (article_id, ordinal).
CREATE TABLE incidents (
    article_id      text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal         integer NOT NULL CHECK (ordinal >= 0),
    event_type      text,
    sub_event_type  text,
    event_date      date,
    time_precision  smallint CHECK (time_precision BETWEEN 1 AND 3),
    country         text CHECK (country ~ '^[A-Z]{2}$'),
    admin1          text,
    location        text,
    lat             double precision CHECK (lat BETWEEN -90 AND 90),
    lon             double precision CHECK (lon BETWEEN -180 AND 180),
    geo_precision   smallint CHECK (geo_precision BETWEEN 1 AND 3),
    actor1_id       text,
    actor1_name     text,
    actor2_id       text,
    actor2_name     text,
    weapons         text[] NOT NULL DEFAULT '{}',
    fatalities      integer CHECK (fatalities >= 0),
    injuries        integer CHECK (injuries >= 0),
    claimed         boolean,
    confidence      double precision,
    evidence        jsonb,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX incidents_event_date_idx ON incidents (event_date, country);

CREATE TABLE tallies (
    article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal     integer NOT NULL CHECK (ordinal >= 0),
    unit        text,
    count       integer CHECK (count >= 0),
    breakdown   jsonb NOT NULL DEFAULT '{}',
    countries   text[] NOT NULL DEFAULT '{}',
    since       date,
    until       date,
    source      text,
    PRIMARY KEY (article_id, ordinal)
);

-- Where each consumer group is in each partition.  The source of truth for
-- offsets: written in the same transaction as the results.  `epoch` is the
-- fence: a worker claims a partition by bumping it, and its later writes only
-- succeed while the epoch it read is still current.
CREATE TABLE consumer_offsets (
    group_id     text NOT NULL,
    topic        text NOT NULL,
    partition    integer NOT NULL CHECK (partition >= 0),
    next_offset  bigint CHECK (next_offset >= 0),   -- NULL: nothing committed yet
    owner        text NOT NULL,
    epoch        bigint NOT NULL CHECK (epoch >= 1),
    claimed_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz,
    PRIMARY KEY (group_id, topic, partition)
);

-- Input messages that could not be processed, with the reason.
CREATE TABLE dead_letters (
    id           bigserial PRIMARY KEY,
    topic        text NOT NULL,
    partition    integer NOT NULL,
    "offset"     bigint NOT NULL,
    msg_key      bytea,
    payload      bytea,
    error_class  text NOT NULL,
    error        text NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (topic, partition, "offset")
);

-- Records to publish, written in the same transaction as the results and
-- published in id order by the single active relay.  `event_id` is stable
-- (derived from the content), so a re-publication carries the same id.
CREATE TABLE outbox (
    id              bigserial PRIMARY KEY,
    event_id        uuid NOT NULL UNIQUE,
    topic           text NOT NULL,
    msg_key         bytea,
    type            text NOT NULL,
    subject         text,
    payload         jsonb,                                   -- CloudEvents data
    dead_letter_id  bigint REFERENCES dead_letters (id),     -- value = its payload
    headers         jsonb NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,            -- delivered (or given up, see send_error)
    send_error      text,                   -- why a record can never be published
    CHECK ((payload IS NULL) <> (dead_letter_id IS NULL))
);
CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL;
