"""What users ask small models for: classify, extract, respond."""
