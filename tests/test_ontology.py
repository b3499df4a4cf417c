from dateline.ontology import data_files, load_json, load_tsv


def test_every_data_file_loads():
    files = data_files()
    assert "boilerplate.json" in files
    for name in files:
        data = load_json(name) if name.endswith(".json") else load_tsv(name)
        assert data
