"""Troop claims: the published mentions grouped into distinct claims (who claimed how many of whose troops where),
and the claimant list they are attributed to. See docs/warehouse.md "Claims and estimates"."""
