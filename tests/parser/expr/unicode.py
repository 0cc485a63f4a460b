'héllo'
naïve = 1
'日本'
