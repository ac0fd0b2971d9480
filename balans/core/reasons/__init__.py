"""The reason catalogue and consistency of service per reason."""
