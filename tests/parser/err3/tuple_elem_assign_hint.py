suffix, mode type_ = details
