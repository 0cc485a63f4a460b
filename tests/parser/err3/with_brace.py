with a{
    pass
