"""Key-point grouping: taxonomies as data, and the classifier that applies them."""
