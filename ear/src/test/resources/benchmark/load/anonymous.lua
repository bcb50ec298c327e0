-- An anonymous visitor: the page on wrk's command line, with no cookie (wrk keeps none).
done = require("summary").done
