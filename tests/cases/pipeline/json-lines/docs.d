say "so"\\\tone	"We will \\ rebuild\tthe \001 bridge \377," Mayor Ann Dobrev said on March 3, 2024, in Port Calder.\n"It will be done by May," she said.
