-- Schema 4: the ingestion pipeline. (CHANNEL, EXTERNAL_ID) of INTERACTION and (CHANNEL, HANDLE) of
-- CUSTOMER_IDENTITY are unique since schema 1. Added here: a content hash per interaction (a message
-- seen again with another hash changed upstream and is updated), when an identity was last seen,
-- the configured sources, their checkpoints and the quarantine of records that could not be read.
ALTER TABLE INTERACTION ADD COLUMN CONTENT_HASH VARCHAR(64);
ALTER TABLE CUSTOMER_IDENTITY ADD COLUMN LAST_SEEN ${TIMESTAMP};
-- A source of one connector; SETTINGS is a JSON object of the non-secret settings (secrets live in
-- Eclipse secure storage, never here). SCHEDULE_SECONDS is null for "pull only when asked".
CREATE TABLE INGEST_SOURCE (
  ID BIGINT NOT NULL PRIMARY KEY,
  CONNECTOR_ID VARCHAR(100) NOT NULL,
  NAME VARCHAR(300) NOT NULL,
  SETTINGS VARCHAR(8000),
  SCHEDULE_SECONDS BIGINT,
  CREATED_AT ${TIMESTAMP} NOT NULL,
  LAST_RUN_AT ${TIMESTAMP},
  LAST_ADDED BIGINT,
  LAST_UPDATED BIGINT,
  LAST_DUPLICATES BIGINT,
  LAST_QUARANTINED BIGINT,
  LAST_ERROR VARCHAR(2000)
);
-- Where a run stopped, per source (0: a file imported without a source) and scope (a file, or the
-- source's pull). Written in the same transaction as the messages it covers. SCOPE_KEY is a hash
-- of SCOPE, which may be a long path.
CREATE TABLE INGEST_CHECKPOINT (
  SOURCE_ID BIGINT NOT NULL,
  SCOPE_KEY VARCHAR(64) NOT NULL,
  SCOPE VARCHAR(2000) NOT NULL,
  POSITION_VALUE VARCHAR(4000) NOT NULL,
  UPDATED_AT ${TIMESTAMP} NOT NULL,
  CONSTRAINT PK_INGEST_CHECKPOINT PRIMARY KEY (SOURCE_ID, SCOPE_KEY)
);
-- Records a connector could not read: where from, why, the raw bytes. ENTRY_STATUS is OPEN,
-- RESOLVED (a retry read it) or DISCARDED. RAW_HASH lets a second import of the same file find the
-- open entry instead of adding another.
CREATE TABLE INGEST_QUARANTINE (
  ID BIGINT NOT NULL PRIMARY KEY,
  SOURCE_ID BIGINT NOT NULL,
  CONNECTOR_ID VARCHAR(100) NOT NULL,
  ORIGIN VARCHAR(2000) NOT NULL,
  RECORD_POSITION VARCHAR(1000) NOT NULL,
  REASON VARCHAR(2000) NOT NULL,
  RAW_BYTES ${BLOB},
  RAW_SIZE BIGINT NOT NULL,
  RAW_HASH VARCHAR(64) NOT NULL,
  QUARANTINED_AT ${TIMESTAMP} NOT NULL,
  ENTRY_STATUS VARCHAR(10) NOT NULL
);
CREATE INDEX IX_QUARANTINE_STATUS ON INGEST_QUARANTINE (ENTRY_STATUS, QUARANTINED_AT);
CREATE INDEX IX_QUARANTINE_RAW ON INGEST_QUARANTINE (CONNECTOR_ID, RAW_HASH);
