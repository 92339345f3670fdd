a	Ann Dobrev said "We will rebuild," on March 3, 2024, in Port Calder.
no tab on this line

b	ends in a lone backslash \
c\	id	Ann Dobrev left Port Calder on May 5, 2023.
crlf	Ann Dobrev said "It is done," on March 4, 2024.
d	octal \101\102 and \000 nul and \q unknown
e	
	empty id, Ann Dobrev in Port Calder
last	no final newline: Ann Dobrev on March 5, 2024.