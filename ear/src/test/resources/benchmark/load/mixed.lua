-- The soak's traffic: every page in PARITY_PATHS in turn, one round as an anonymous visitor and the
-- next as one of the signed-in readers in PARITY_COOKIES, so that no page is always read by the
-- same kind of visitor.
local summary = require("summary")

local threads = 0
local paths = {}
local cookies = {}
local sent = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  paths = summary.lines(os.getenv("PARITY_PATHS"))
  cookies = summary.lines(os.getenv("PARITY_COOKIES"))
  -- Each wrk thread starts a round later than the one before, so both kinds of visitor come at once.
  sent = ((id or 1) - 1) * #paths
end

function request()
  local path = paths[sent % #paths + 1]
  local round = math.floor(sent / #paths)
  sent = sent + 1
  if round % 2 == 0 then
    return wrk.format("GET", path)
  end
  local reader = cookies[math.floor(round / 2) % #cookies + 1]
  return wrk.format("GET", path, { Cookie = reader })
end

done = summary.done
