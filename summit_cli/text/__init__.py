"""Text handling: cleaning web furniture, sentence splitting, words and stems."""
