-- A campaign's background jobs share campaign_export and its chunks: the collective file (COLLECTIVE_FILE: its ZIP,
-- CSV and XLSX) and the formal letters to each member (MEMBER_LETTERS: letters.zip, each letter also kept as a
-- document of the member's case). The page follows the latest job of each kind.
ALTER TABLE campaign_export ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'COLLECTIVE_FILE';
DROP INDEX campaign_export_campaign;
CREATE INDEX campaign_export_campaign ON campaign_export (campaign_id, kind, requested_at DESC);
