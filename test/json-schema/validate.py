"""Validates documents against JSON Schema files with Python's jsonschema
(Draft 2020-12), for test/json-schema/corpus.test.ts and results.test.ts.

Reads from stdin {"schemas": {name: schema}, "docs": [[name, doc], ...]}
and writes [true | false, ...] to stdout, one verdict per document."""
import json
import sys

import jsonschema

request = json.load(sys.stdin)
validators = {}
for name, schema in request["schemas"].items():
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[name] = jsonschema.Draft202012Validator(schema)
json.dump([validators[name].is_valid(doc) for name, doc in request["docs"]], sys.stdout)
