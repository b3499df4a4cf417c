"""MinHash signatures: the values datasketch gives, and the same whether a worker or the link signs."""

from __future__ import annotations

import random

import numpy as np
import pytest

from dateline.corpus import signatures
from dateline.corpus.link import _sign_new
from dateline.schema import Article
from dateline.store import StoreWriter, connect
from dateline.store.writer import DocRef


@pytest.mark.parametrize("size", [1, 2, 7, 60, 900])
def test_minhash_equals_datasketch(size: int) -> None:
    from datasketch import MinHash

    rng = random.Random(size)
    for _ in range(5):
        tokens = {bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40))) for _ in range(size)}
        reference = MinHash(num_perm=signatures.NUM_PERM, seed=1, scheme=signatures.SCHEME)
        reference.update_batch(sorted(tokens))
        ours = signatures.minhash(tokens)
        assert ours is not None and ours.dtype == np.uint64
        assert ours.tolist() == reference.hashvalues.astype(np.uint64).tolist()


def test_empty_token_set_has_no_signature() -> None:
    assert signatures.minhash(set()) is None
    assert signatures.article_signatures(None, "") == (None, None)


def _articles() -> list[Article]:
    bodies = [
        "The harbour authority of Port Amber said on Tuesday that the new ferry terminal would open "
        "in May, two years late, after a dispute with the builders over the cost of the quay.",
        "Farmers in the northern valleys began the barley harvest early this year because of the dry "
        "spring, the regional agriculture office said.",
        "Short note.",
    ]
    headlines = ["Ferry terminal to open in May", None, "Note"]
    return [
        Article.model_validate({"id": f"a{i}", "pipeline_version": "t", "headline": headline, "body": body})
        for i, (headline, body) in enumerate(zip(headlines, bodies, strict=True))
    ]


def test_signatures_written_with_the_batch_equal_those_the_link_computes(tmp_path) -> None:
    articles = _articles()
    given = {a.id: signatures.article_signatures(a.headline, a.body) for a in articles}
    con = connect(tmp_path / "s.duckdb")
    writer = StoreWriter(con)
    writer.write_batch([(DocRef(raw_id=f"r{a.id}"), a) for a in articles], signatures=given)
    # a record already stored is linked, not inserted: no second signature row for it
    writer.write_batch([(DocRef(raw_id="again"), articles[0])], signatures={articles[0].id: given["a0"]})
    query = "SELECT article_id, minhash, title_minhash FROM signatures ORDER BY article_id"
    written = con.execute(query).fetchall()
    assert [r[0] for r in written] == ["a0", "a1", "a2"]
    con.execute("DELETE FROM signatures")
    _sign_new(con)
    assert con.execute(query).fetchall() == written
    con.close()
