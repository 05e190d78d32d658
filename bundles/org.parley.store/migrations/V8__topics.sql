-- Schema 8: content topics. The topics of each classified interaction (comma-separated ids, like
-- INTERACTION.TAGS) and the classifier that found them; each save of a workspace's topic set is a new
-- version (the whole set as JSON, so an older version can be shown or restored exactly).
ALTER TABLE INTERACTION_CLASSIFICATION ADD COLUMN TOPICS VARCHAR(1000);
ALTER TABLE INTERACTION_CLASSIFICATION ADD COLUMN TOPIC_CLASSIFIER VARCHAR(200);
CREATE TABLE TOPIC_SET (
  VERSION INTEGER NOT NULL PRIMARY KEY,
  SAVED_AT ${TIMESTAMP} NOT NULL,
  NOTE VARCHAR(500),
  TOPIC_COUNT INTEGER NOT NULL,
  BODY ${CLOB} NOT NULL
);
