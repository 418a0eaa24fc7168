// Startup cost alone: nothing to do.
