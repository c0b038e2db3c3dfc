"""The local demo news site (content in include/demo_site/site/)."""
