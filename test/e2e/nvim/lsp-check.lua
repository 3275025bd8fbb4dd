-- Neovim (0.7+) as a second LSP client of the built server, headless.
-- Usage: SERVER_JS=dist/server.js nvim --headless --clean -c "luafile test/e2e/nvim/lsp-check.lua" WORKSPACE/kubelet.service
-- Checks diagnostics (code, range, source), hover, and a quick fix applied and written; prints
-- "nvim: N passed, N failed" and exits 0 only when everything held. Any Lua error is a failure, never a hang.
local out = function(s) io.stdout:write(s .. '\n') end
local passes, failures = 0, 0
local function check(ok, what)
  out((ok and 'ok: ' or 'FAIL: ') .. what)
  if ok then passes = passes + 1 else failures = failures + 1 end
end

local bufnr = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(bufnr)
local client_id

local ok_run, err = pcall(function()
  client_id = vim.lsp.start_client({
    name = 'kubelet-guard',
    cmd = { os.getenv('NODE') or 'node', os.getenv('SERVER_JS'), '--stdio' },
    root_dir = vim.fn.fnamemodify(fname, ':p:h'),
  })
  check(client_id ~= nil, 'server started')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function coded(code)
    local found = {}
    for _, x in ipairs(vim.diagnostic.get(bufnr)) do
      if x.user_data and x.user_data.lsp and x.user_data.lsp.code == code then table.insert(found, x) end
    end
    return found
  end
  check(vim.wait(15000, function() return #coded('kubelet-anonymous-auth') > 0 end, 50), 'diagnostics arrived')
  local errors = vim.diagnostic.get(bufnr, { severity = vim.diagnostic.severity.ERROR })
  local d = coded('kubelet-anonymous-auth')[1]
  check(#errors == 1 and d ~= nil and d.severity == vim.diagnostic.severity.ERROR, 'one error: kubelet-anonymous-auth (got ' .. #errors .. ' errors)')
  check(d ~= nil and d.lnum == 4 and d.col == 65 and d.end_col == 86 and d.source == 'kubelet-guard', 'exact range and source')
  if not d then return end

  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = d.lnum, character = d.col + 3 } }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000)
  local text = ''
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then text = text .. (r.result.contents.value or '') end
  end
  check(text:find('Effective on this node', 1, true) ~= nil and text:find('--anonymous-auth', 1, true) ~= nil, 'hover shows the effective value')

  -- Neovim 0.7 keeps only code/data in user_data.lsp: rebuild the LSP diagnostic for the request.
  local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
  local lspd = vim.tbl_extend('force', d.user_data.lsp, { range = range, message = d.message, severity = d.severity, source = d.source })
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = range, context = { diagnostics = { lspd }, only = { 'quickfix' } },
  }, 5000)
  local fix
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do if a.title == 'Set --anonymous-auth=false' then fix = a end end
  end
  check(fix ~= nil and fix.edit ~= nil, 'quick fix offered')
  if not fix then return end
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  vim.cmd('silent write')
  local written = table.concat(vim.fn.readfile(fname), '\n')
  check(written:find('--anonymous-auth=false', 1, true) ~= nil and written:find('--anonymous-auth=true', 1, true) == nil, 'fix written to disk')
  check(vim.wait(10000, function() return #coded('kubelet-anonymous-auth') == 0 end, 50), 'the error cleared after the fix')
end)
if not ok_run then check(false, 'lua error: ' .. tostring(err)) end
out(string.format('nvim: %d passed, %d failed', passes, failures))
if client_id then vim.lsp.stop_client(client_id) end
vim.cmd(failures == 0 and 'qa!' or 'cq 1')
