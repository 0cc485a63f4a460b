u'a' 'b'
'a' u'b'
