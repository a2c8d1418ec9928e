-- jobs: what the queue needs beyond 0001 -------------------------------------------------------------------
-- A claimed job carries a deadline: a claimer that dies (killed, host gone) stops extending it, and any worker
-- may then take the job back (requeue, or fail it when its attempts are spent).
ALTER TABLE jobs ADD COLUMN claim_until TIMESTAMPTZ;
ALTER TABLE jobs ADD COLUMN max_attempts INTEGER NOT NULL DEFAULT 3;
ALTER TABLE jobs ADD COLUMN started_at TIMESTAMPTZ;

-- the claim query: queued jobs by priority (highest first), then run_after, then age
CREATE INDEX jobs_queue_idx ON jobs (priority DESC, run_after, id) WHERE status = 'queued';
-- recovery of dead claims
CREATE INDEX jobs_claim_idx ON jobs (claim_until) WHERE status = 'running';
-- lease names are looked up by name only (primary key); job_results by job for the GUI's job view
CREATE INDEX job_results_job_idx ON job_results (job_id);
