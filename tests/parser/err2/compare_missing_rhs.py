a <
