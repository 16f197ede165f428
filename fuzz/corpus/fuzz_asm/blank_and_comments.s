halt

# only a comment
	  
barrier signal=3,4 # trailing
