"""World facts, each in one table, loaded once per process and read by every layer."""
