x = (a if b) 
