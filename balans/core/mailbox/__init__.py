"""E-mail as a live queue: the unanswered mails in an IMAP folder."""
