"""The learning loop: answers kept with ids (`records`), feedback on them (`feedback`), the drift
monitor (`drift`) and retraining from corrections (`retrain`)."""
