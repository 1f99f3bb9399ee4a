#!/usr/bin/env python3
"""test_zombie_fence.py — a worker that lost its partition cannot commit.

A worker owns the single input partition and commits a first batch of
articles.  Then another owner claims the partition in PostgreSQL (what a new
worker does on assignment: epoch + 1), while the first worker still believes
it owns it and keeps receiving messages (a zombie).  Checks:
  - the zombie's next commit is fenced: nothing it processed after the claim
    reaches articles/outbox, consumer_offsets keeps the new owner's epoch and
    offset, and the zombie logs the fence and keeps running;
  - after the zombie stops, a fresh worker claims the partition (epoch + 1
    again), resumes from the stored offset and stores every article exactly
    once.
"""
import time

from itlib import run, as_pairs, check, log, sample_articles


def test(it):
    articles = sample_articles(20)           # 120 articles
    first, second = articles[:60], articles[60:]
    it.produce_lines(as_pairs(first))
    zombie = it.start_worker("zombie")
    ends = it.wait_all_committed(timeout=60)
    check(ends == {0: 60}, "the first 60 articles committed by the owner")
    epoch, owner = it.sql("SELECT epoch, owner FROM consumer_offsets")[0]

    it.sql("UPDATE consumer_offsets SET epoch = epoch + 1, owner = 'intruder'")
    log(f"partition claimed by 'intruder' (epoch {epoch} -> {int(epoch) + 1}) behind {owner}'s back")
    it.produce_lines(as_pairs(second))
    time.sleep(4)                            # several linger periods: the zombie tries to commit

    log_text = zombie.log_text()
    check("fenced" in log_text, "the zombie logged that its partition was fenced")
    check(zombie.alive(), "the zombie keeps running (it waits for a rebalance)")
    row = it.sql("SELECT next_offset, epoch, owner FROM consumer_offsets")[0]
    check(row == ["60", str(int(epoch) + 1), "intruder"],
          f"consumer_offsets untouched by the zombie ({row})")
    check(it.scalar("SELECT count(*) FROM articles") == "60", "no article of the zombie's was stored")
    check(it.scalar("SELECT count(*) FROM outbox WHERE type = 'article.enriched'") == "60", "no event of the zombie's was written")
    check(zombie.stop() == 0, "the zombie exits 0 on SIGTERM")

    heir = it.start_worker("heir")
    it.wait_all_committed(timeout=60)
    it.wait_outbox_drained()
    check(heir.stop() == 0, "the new owner exits 0 on SIGTERM")
    row = it.sql("SELECT next_offset, epoch FROM consumer_offsets")[0]
    check(row == ["120", str(int(epoch) + 2)], f"the new owner claimed epoch {int(epoch) + 2} and committed 120")
    check(it.scalar("SELECT count(*) FROM articles") == "120", "all 120 articles stored")
    check(it.scalar("SELECT min(src_offset) FROM articles WHERE id IN (%s)" %
                    ",".join(f"'{a['id']}'" for a in second)) == "60",
          "the new owner resumed at the stored offset 60")
    check(it.scalar("SELECT count(*) FROM outbox WHERE type = 'article.enriched'") == "120", "one event per article")


if __name__ == "__main__":
    run("zombie", test, partitions=1)
