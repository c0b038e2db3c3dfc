"""Stage functions the DAG tasks call: each takes a warehouse connection and a RunContext, does its I/O at the
edges and returns small counts (what goes into XCom)."""
