${sentence}
