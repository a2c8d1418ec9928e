<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>main</name>
    <message>
        <source>MarketDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md</name>
    <message>
        <source>&quot;%1&quot; is not a date dd/MM/yyyy HH:mm:ss (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone Europe/Rome is not available on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits after the decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli</name>
    <message>
        <source>bring the database schema up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the PostgreSQL password (read from stdin) in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load a day of the G&amp;B feed (full, incremental or chosen brands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the feed&apos;s password or API key (read from stdin) in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or map supplier (brand, category) pairs; mapping publishes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: marketdesk-cli [--db URL] &lt;command&gt; [options]

  --db URL   sqlite:///path/file.db or postgresql://user@host:port/db
             (default: the embedded database in the user&apos;s data folder;
             PostgreSQL passwords come from PGPASSWORD or the keychain)

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;command&gt; --help shows a command&apos;s options. Exit codes: 0 ok, 1 failed, 2 usage error, 3 skipped because another process holds the job&apos;s lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the database schema up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 migration(s) applied, schema version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password of the --db PostgreSQL URL in the OS keychain. The password is read from standard input (never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db must name a PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) applied, %2 unchanged and skipped, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 products, %3 variants; %4 inserted, %5 updated, %6 unchanged, %7 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 colour code(s) without a name, %2 unmapped (brand, category) pair(s). %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load one day of the G&amp;B feed into the database. A full crawl reads every file of the day; --incremental only files changed since they were last applied; --brands only the named brands&apos; files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed folder (holding YYYYMMDD/ folders) or HTTP(S) base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder-or-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to load, YYYYMMDD (default: today in Italy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files whose sha256 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these brands, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file of header aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic auth user (password from the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the X-Api-Key stored in the keychain for this feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incremental and --brands cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day must be a date written YYYYMMDD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--brands needs at least one brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the G&amp;B feed&apos;s password (with --user) or API key (with --api-key) in the OS keychain. The secret is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP(S) base URL of the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic auth user whose password follows on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret on stdin is an X-Api-Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --feed and one of --user or --api-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed secret for %1 stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a supplier (brand, category) pair to an own category. Its products already in the database are published at once; no crawl is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier brand (Marca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier category (Categoria).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own category path, levels separated by / (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWN_CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pairs with product counts, unmapped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --list, or --brand, --category and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--brand, --category and --to go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPED TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unmapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 → %3: %4 product(s) published, %5 moved to the new category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cafe24, naver or qoo10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique name for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller (mall) id on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown in the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL (default: the platform&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy for this account&apos;s calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform, --name and --seller-id are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be an http(s) URL without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input must hold one JSON object with the account&apos;s secrets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; (%2, seller %3) added; its secrets are in the keychain. Check it with `marketdesk-cli accounts test %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the marketplace accounts (never their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet; add one with `marketdesk-cli accounts add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain. Its orders stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; and its secrets removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an account&apos;s secrets and connection with a cheap call and say exactly what is wrong (bad secret, IP not allowed, clock skew, unreachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works: credentials accepted and the API answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the bundled demo data into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run scheduled and queued jobs until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a marketplace account (secrets as one JSON object on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the marketplace accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an account and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an account&apos;s secrets and connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect one account&apos;s orders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a collection webhook (URL on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the bundled demo data (a sample G&amp;B feed, with most categories mapped) into an empty database, as the application does on its first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds products; demo data only goes into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 product(s) published; the pairs of %2 are left unmapped for the mapping page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the crawl&apos;s lease lasts unless renewed between files (default 600): how soon another crawler may take over from one that died.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lease-seconds must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect one account&apos;s orders now. Without --from/--to the window runs from the last successful collection (minus an overlap) to now. Exit code 3 when another process is collecting this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (Korean time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD, included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object: orders, lines, inserted, updated, duration_ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --from and --to, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be dates written YYYY-MM-DD, --from not after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 order(s), %3 line(s); %4 inserted, %5 updated, %6 unchanged; %7 call(s), %8 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the webhook&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a webhook called on collection start, success and failure. Its URL is read from standard input (it is a secret) and kept in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic (form-encoded text), slack or discord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: start,success,failure (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name and --kind are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input must hold the webhook&apos;s http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &quot;%1&quot; (%2) added; its URL is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the webhooks (never their URLs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a webhook and its URL from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run scheduled and queued jobs (G&amp;B crawls) until stopped with SIGTERM or Ctrl+C. Any number of workers may share a database: each job still runs once at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;B feed folder or HTTP(S) base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the day&apos;s first full crawl, HH:MM (default 06:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of --schedule-time (default: the supplier&apos;s, Europe/Rome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between the end of one incremental crawl and the start of the next (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only run queued jobs; queue nothing by time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often an idle worker looks for jobs (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--schedule-time must be HH:MM, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval-minutes must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-ms must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued job %1 (%2) by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) did not succeed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) waits: the lease is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping: the current job is cancelled and given back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 running; first full crawl daily at %2 (%3), incremental every %4 min after the previous ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 running queued jobs and order collection only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a marketplace account. Its secrets are read from standard input as ONE JSON object (never from the command line) and stored in the OS keychain:
  qoo10:  {&quot;api_key&quot;:…,&quot;user_id&quot;:…,&quot;password&quot;:…}
  naver:  {&quot;client_id&quot;:…,&quot;client_secret&quot;:…}
  cafe24: {&quot;client_id&quot;:…,&quot;client_secret&quot;:…,&quot;refresh_token&quot;:…}
With --proxy, add &quot;proxy_password&quot;:… to the object when the proxy needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an account&apos;s display name, base URL, proxy, collection interval, or turn its automatic collection on or off. The name, platform and seller id cannot be changed (the name keys its keychain entries and its collection lease): add a new account and remove the old one instead. The proxy password is read from standard input with --proxy-password-stdin and stored in the keychain, never in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL; an empty value means the platform&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP or SOCKS5 proxy (http://user@host:port, no password); an empty value means a direct connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the proxy password from standard input (one line) and store it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect orders automatically every N minutes (1 to 1440).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect this account&apos;s orders automatically again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop collecting this account&apos;s orders automatically (its data stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --enable or --disable, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must not contain a password: give the URL without it and pass the password with --proxy-password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a URL with a host, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval-minutes must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input holds no proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; updated: display name &quot;%2&quot;, base URL %3, proxy %4, every %5 min, automatic collection %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the platform&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize MarketDesk for a Cafe24 account in the browser (OAuth authorization code). The command prints the address to open (and opens it where there is a desktop), waits for Cafe24 to send the browser back to http://127.0.0.1:&lt;port&gt;/cafe24, and stores the new refresh token in the keychain. The app must have that redirect URI registered in the Cafe24 developer center. Ctrl+C stops waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cafe24 account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback port of the registered redirect URI (default: the account&apos;s redirect_port option, else %1; 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the browser (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the address; do not open a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-seconds must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser, log in to the mall&apos;s admin and allow access (redirect URI %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was opened in the system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is authorized; its new refresh token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the worker control API&apos;s bearer token (read from stdin) in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an account&apos;s display name, URLs, interval or enable/disable it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorize a Cafe24 account in the browser; stores its refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync one Cafe24 or Naver account&apos;s listings into the products now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync one Cafe24 or Naver account&apos;s listings into the products now: every listing is read, new and changed ones are written (merchandisers&apos; columns are kept), and after a complete scan the listings no longer on the platform are hidden as not listed. Exit code 3 when another process is syncing this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object: listings, inserted, updated, unchanged, unlisted, duration_ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 listing(s) in %3 page(s); %4 inserted, %5 updated, %6 unchanged; %7 no longer listed, %8 listed again; %9 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the control API (health, orders, scheduler) on ADDRESS:PORT, e.g. 127.0.0.1:8080. Addresses other than loopback need a token (worker set-control-token or MARKETDESK_CONTROL_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control API listening on http://%1:%2/api/v1 (loopback, no token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control API listening on http://%1:%2/api/v1 (bearer token required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--http must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:8080, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the control API token from the keychain: %1 Set %2 instead, or make the keychain available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control API token in the keychain is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable control API token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the token of the worker&apos;s control API (worker --http) in the OS keychain. The token is read from standard input, at least 16 characters, e.g. &quot;openssl rand -hex 32 | marketdesk-cli worker set-control-token&quot;. Clients send it as &quot;Authorization: Bearer &lt;token&gt;&quot;. A running worker reads it when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: the token is read from standard input, never from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control API token stored in the keychain; restart the worker to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::control</name>
    <message>
        <source>The account &quot;%1&quot; is disabled; enable it on the Accounts page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of %1 accounts are not collected (account &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enabled account to collect; add one with &quot;marketdesk-cli accounts add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the body with a Content-Length, not chunked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both from and to (YYYY-MM-DD), or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to (%1) is before from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; one or more of %2, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;; one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::control::BearerAuth</name>
    <message>
        <source>This worker&apos;s control API needs the header &quot;Authorization: Bearer &lt;token&gt;&quot; with the token set by &quot;marketdesk-cli worker set-control-token&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control API token must be at least %1 printable ASCII characters without spaces (e.g. the output of &quot;openssl rand -hex 32&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to serve the control API on %1 without a token: only loopback addresses (127.0.0.1, ::1) are served without one. Store a token with &quot;marketdesk-cli worker set-control-token&quot; (read from standard input) or set %2, or bind 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from web pages (an Origin header, or a Host that is not a loopback address) are refused by a control API without a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::control::HttpServer</name>
    <message>
        <source>Cannot serve the control API on %1 port %2: %3. Choose another port or stop the program using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open connections; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::control::RequestParams</name>
    <message>
        <source>%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be one JSON object, e.g. {&quot;from&quot;: &quot;2026-11-01&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 1 and %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter %1; this resource takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::control::Router</name>
    <message>
        <source>There is no resource %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::db</name>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1. Check that it is reachable and that the user and password are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write sqlite:///absolute/path/file.db (three slashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite path must be absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use sqlite:///… or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a password. Remove it and set PGPASSWORD or store the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badly named migration file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this MarketDesk only knows up to version %3. It was upgraded by a newer MarketDesk: install that version (or newer) to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) was changed after it had been applied to %3. Restore the original file and add a new migration instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed; nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two migration files share version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gnb</name>
    <message>
        <source>The crawl was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text in UTF-8 or Windows-1252 (it looks like UTF-16 or a binary file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated file or unterminated quote: the quoted field opened on line %1 never closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record starting on line %1 is longer than %2 bytes (an unterminated quote?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot; is given for both %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column configuration %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;columns&quot; must be an object mapping column names to lists of header names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot;.&quot;%1&quot; is not a G&amp;B column (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot;.&quot;%1&quot; must be a list of non-empty header names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column %2 appears twice in the header (&quot;%3&quot; in column %4 and &quot;%5&quot; in column %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accepted header names: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colour column: one of %1 (accepted header names: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header lacks the required column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3. The crawl stops; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be file;brand;rows;sha256;modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 5 fields, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a brand file name (BRAND.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256 &quot;%1&quot; is not 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed URL &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed URL contains a password. Remove it: use --user and store the password in the keychain with marketdesk-cli gnb set-feed-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either Basic auth (--user) or an API key, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed folder &quot;%1&quot; does not exist (give a folder holding YYYYMMDD/ day folders, or an http(s):// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed index for %1: cannot open %2 (%3). Check --feed and --day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in index.csv but missing from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver did not expose its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting COPY into the staging table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending rows to the staging table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the staging table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the staging insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out at the supplier: this item is no longer available from G&amp;B, so the order line was cancelled. Please tell the customer and refund the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of %1 lists no files; nothing was hidden as missing from the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 visible variants are missing from the feed of %3: more than half of the catalogue, which looks like a supplier fault. Nothing was hidden and no order was cancelled; check the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown crawl mode &quot;%1&quot; in the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crawl job&apos;s day &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brand crawl job names no brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unpack the demo data to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1/%2 %3 — %4 rows, %5 rows/s      </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crawl job&apos;s claim was lost; the crawl stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file of this crawl wrote the same products at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler of this window was already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No G&amp;B feed location is set: give the feed folder or its http(s):// address first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gnb::CategoryMappings</name>
    <message>
        <source>Give a supplier brand, a supplier category and an own category such as &quot;가방/숄더백&quot; (levels separated by /, none empty).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gnb::Crawler</name>
    <message>
        <source>Another G&amp;B crawl is running (%1); this one was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file for brand(s) %1 in the index of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be applied; their previous data stays.</source>
        <translation>
            <numerusform>%n file could not be applied; their previous data stays.</numerusform>
            <numerusform>%n files could not be applied; their previous data stays.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is applied again after a conflict with another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gnb::FeedParser</name>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a negative price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CodArticolo &quot;%1&quot; repeats the row on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 &quot;%4&quot; is negative; stock set to 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gnb::FileApplier</name>
    <message>
        <source>%1: its sha256 is %2 but index.csv says %3 (a truncated download or a file replaced during the crawl). The file was not applied; its previous data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gnb::HttpFeedSource</name>
    <message>
        <source>No secret store to read the feed&apos;s credentials from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for the feed %1 in the keychain (key &quot;%2&quot;). Store them with marketdesk-cli gnb set-feed-secret --feed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the index of %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the download of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::jobs</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 is no longer claimed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the job %1: its dedupe key kept changing hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by queued job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned by %1 (stopping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim by %1 expired (the worker stopped responding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the job run returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job run %1 to finish does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the run ended without reporting its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease %1 is no longer held by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::jobs::Worker</name>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the worker stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned: the worker stopped before the job finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces</name>
    <message>
        <source>Order collection for %1 is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product sync of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no product API to sync listings from; only Cafe24 and Naver accounts can sync products.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::AccountSecrets</name>
    <message>
        <source>Unknown platform &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 secrets on standard input must be one JSON object with the fields %2 (and optionally %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL of %1 contains a password. Edit the account to give the URL without it and store the password as its secret &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::Accounts</name>
    <message>
        <source>An account named &quot;%1&quot; (or a %2 account with seller id &quot;%3&quot;) already exists; choose another name or remove it first with `accounts remove`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;; `marketdesk-cli accounts list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of account &quot;%1&quot; must be an http:// or https:// address (or empty for the platform&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of account &quot;%1&quot; contains a password; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL of account &quot;%1&quot; contains a password. Give the URL without it (e.g. http://user@proxy:3128) and store the password in the keychain as the account&apos;s secret &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy of account &quot;%1&quot; must be an http:// or socks5:// address with a host (or empty for a direct connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection interval of account &quot;%1&quot; must be between %2 and %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; was changed elsewhere since it was read; reload it and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: automatic collection skipped. Enable it on the Accounts page or with `marketdesk-cli accounts edit %2 --enable`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::OrderCollection</name>
    <message>
        <source>Orders of %1 are already being collected (%2); this run was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: batch %2 saved, %3 orders so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::ProductSync</name>
    <message>
        <source>Products of %1 are already being synced (%2); this run was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product sync of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2, %3 listing(s); %4 new, %5 changed, %6 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product sync of account &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::cafe24::Cafe24Authorization</name>
    <message>
        <source>No answer from the browser for %1 within %2 seconds; start again and allow access in the browser (the page must come back to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cafe24 account; only Cafe24 accounts are authorized in the browser (the others use their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization of %1 stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::cafe24::Cafe24Authorizer</name>
    <message>
        <source>Cafe24 account %1: cannot listen on 127.0.0.1:%2 for the browser&apos;s redirect; close the program using that port or register another redirect port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the browser&apos;s answer does not belong to this authorization; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the authorization was refused in the browser (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the authorization code was refused (it lives one minute); start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the token answer is unreadable; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the refresh token could not be saved in the keychain (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::cafe24::Cafe24Client</name>
    <message>
        <source>Cafe24 account %1: the answer to %2 is not valid JSON; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the access token was refused even after renewal; authorize the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: permission refused (%2): add the scope to the app in the Cafe24 developer center and authorize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1 refused a request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the mall&apos;s API call limit was reached and retries ran out; the next run continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the call failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: more than %2 orders share one timestamp; cannot page past them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::cafe24::Cafe24Tokens</name>
    <message>
        <source>Cafe24 account %1: another MarketDesk process is renewing the access token and did not finish (%2); try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: no refresh token in the keychain; authorize the app again from the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the refresh token was refused (expired after two weeks or revoked); authorize the app again from the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the access token could not be renewed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the token answer is unreadable; authorize the app again if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cafe24 account %1: the renewed refresh token could not be saved in the keychain (%2); authorize the app again once the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::naver::NaverClient</name>
    <message>
        <source>getting a Naver access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver answered the token request with an unreadable body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: the answer to %2 is not valid JSON; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: IP not allowed: run collection from the fixed-IP worker or set a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: the API call limit was reached and retries ran out; the next run continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: the token request was refused for its timestamp: set this computer&apos;s clock right (clock skew).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: the client ID or secret was refused: copy both again from the Naver Commerce API center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1 refused a request (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: the call failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: the collection window is empty or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time (Naver sent no quota period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver account %1: the API call quota (%2 calls per %3) is used up; Naver resets it around %4. Collection resumes with the first scheduled run after that; calling sooner only fails again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::qoo10::Qoo10Client</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of %2 is missing from the keychain; add the account again with `marketdesk-cli accounts add` (secrets as JSON on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10 answered CreateCertificationKey for %1 without a seller key; check the API key, user id and password in the Qoo10 seller centre (QSM) and add the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10 sent an unreadable answer to %1 for %2; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10 (%1) cannot be reached for %2: %3 Check the network, the account&apos;s base URL and proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10 refused access for %1 (HTTP %2): this computer&apos;s IP address may not be allowed for the API key, or the key is wrong. Register the IP in the Qoo10 seller centre (QSM) or run collection on the allowed server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10 does not accept calls from this computer&apos;s IP address for %1 (%2). Register the IP in the Qoo10 seller centre (QSM) or run collection on the allowed server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10 rejects the seller key of %1 even after creating a new one (%2). Check the API key in the Qoo10 seller centre (QSM) and add the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10 refused the API key, user id or password of %1 (%2). Fix them and add the account again (`accounts remove`, then `accounts add` with the secrets on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10 answered %1 for %2 with error %3 (%4); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::marketplaces::qoo10::Qoo10Collector</name>
    <message>
        <source>The credentials of %1 work, but this computer&apos;s clock is %2 seconds off Qoo10&apos;s; collection windows are computed from it. Turn on automatic time synchronisation (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models</name>
    <message>
        <source>reading products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::AccountsModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued; a worker runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected from the interval; nothing queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(platform default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::CrawlHistoryModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (held by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::CrawlRejectsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::OrderHistoryModel</name>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::OrderLinesModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU / variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::OrdersModel</name>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::ProductsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock minus what open orders at G&amp;B hold that the feed does not show yet. Worked out for the rows shown, so the table cannot be sorted by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reserved by open orders</source>
        <translation>
            <numerusform>%n reserved by open orders</numerusform>
            <numerusform>%n reserved by open orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::models::VariantsModel</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CodArticolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reserved by open orders</source>
        <translation>
            <numerusform>%n reserved by open orders</numerusform>
            <numerusform>%n reserved by open orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::naver</name>
    <message>
        <source>The Naver client secret is not a bcrypt salt ($2a$…): copy it again from the Naver Commerce API center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Naver client secret was refused by bcrypt: copy it again from the Naver Commerce API center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::net::HttpCall</name>
    <message>
        <source>The address to call is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restart the download into its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the downloaded data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer from %1 broke off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials for user &quot;%2&quot;: check the proxy user in the account&apos;s proxy URL and the proxy password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::net::HttpClient</name>
    <message>
        <source>The proxy address must start with http:// or socks5://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address contains a password; give it without one (http://user@host:port) and keep the password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::notify::Webhooks</name>
    <message>
        <source>Unknown webhook kind &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown webhook event &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook named &quot;%1&quot; already exists; remove it first with `webhooks remove`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no webhook named &quot;%1&quot;; `marketdesk-cli webhooks list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::secrets::KeychainSecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the OS keychain was denied (%1). Unlock the keychain and allow MarketDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain could not delete the secret %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Install/unlock a Secret Service keyring such as GNOME Keyring or KWallet and log in to a desktop session (or run the worker under dbus-run-session with an unlocked keyring); MarketDesk will not store secrets in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::secrets::SecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AccountDialog</name>
    <message>
        <source>Collect orders automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the platform&apos;s public API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seller id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (stored only in the OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the seller (mall) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: direct connection; http://user@host:port, no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the proxy needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name, platform and seller id cannot be changed: the name keys the account&apos;s keychain entries and its collection lease. To rename, add a new account and remove this one. Leave the secrets empty to keep them, or type every one to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy password needs a proxy address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AccountsPage</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection works — the credentials were accepted and the API answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; added; its secrets are in the keychain. Use Test Connection to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added: its secrets could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; (%2) and its secrets from the keychain? Its orders stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; and its secrets removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s settings were saved but its secrets were not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthorize with Cafe24…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Cafe24 login in the browser and store the refresh token it grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop A&amp;uthorizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Cafe24: log in to the mall&apos;s admin in the browser and allow access. If no browser opened, open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened; open the address shown below the table yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is authorized; its new refresh token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not authorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::CollectionPanel</name>
    <message>
        <source>&amp;Collect Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the selected account&apos;s orders now (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Collection&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1 collection(s) waiting, %2 job(s) in all, %3 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ConnectDialog</name>
    <message>
        <source>&amp;Embedded database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgre&amp;SQL server (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require and verify the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MarketDesk databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file with its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in host, database and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1 You can connect for this session only; you will be asked for the password next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::CrawlControls</name>
    <message>
        <source>Send the API key stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run crawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel crawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder holding YYYYMMDD/ folders, or an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic auth user (optional; the password is in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the feed folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s day folder to read (today in Italy by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: every file of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental: only changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the crawl in this window (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;B feed folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the feed location (and, for chosen brands, at least one brand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Queue for workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the crawl at its next check; the file in progress is rolled back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a worker (marketdesk-cli worker) run this crawl with its own feed settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::CrawlRunner</name>
    <message>
        <source>A crawl started from this window is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::CrawlSchedulePanel</name>
    <message>
        <source>daily full crawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the previous crawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crawl is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crawl is running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now: %1 crawl on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: none queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: %1, as soon as a worker is free (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1 at %2, in %n min (%3).</source>
        <translation>
            <numerusform>Next run: %1 at %2, in %n min (%3).</numerusform>
            <numerusform>Next run: %1 at %2, in %n min (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>never queued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last queued for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window runs the schedule (as %1), sharing the queue with the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window does not run the schedule; workers (marketdesk-cli worker) or other desktops do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Daily full crawl at %1 (%2): next %3, %4. Then an incremental crawl %n min after each crawl ends.</source>
        <translation>
            <numerusform>Daily full crawl at %1 (%2): next %3, %4. Then an incremental crawl %n min after each crawl ends.</numerusform>
            <numerusform>Daily full crawl at %1 (%2): next %3, %4. Then an incremental crawl %n min after each crawl ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::CrawlsPage</name>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its error and rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of crawls (every desktop and worker):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;B crawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crawl finished: %1 file(s), %2 rows, %3 inserted, %4 updated, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crawl was cancelled. Files applied before the cancel stay; the file in progress was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the crawl&apos;s lease was held by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The G&amp;B crawl started %1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MarketDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;B crawl failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crawl was queued; a worker runs it when it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same crawl is already queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DemoImport</name>
    <message>
        <source>Loading demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %n product(s).</source>
        <translation>
            <numerusform>Demo data loaded: %n product.</numerusform>
            <numerusform>Demo data loaded: %n products.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ImageCache</name>
    <message>
        <source>Not an image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::InWindowScheduler</name>
    <message>
        <source>Run the &amp;schedule in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the day&apos;s first full crawl and the incremental crawls, and run queued crawls, in this window while it is open. Workers (marketdesk-cli worker) and other desktops share the same queue: each job still runs once, on whichever is free first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop running the schedule here; the crawl in progress is cancelled at its next check and goes back to the queue for a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the day&apos;s first full crawl (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between the end of one incremental crawl and the start of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily full crawl at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily crawl time &quot;%1&quot; (setting %2) is not HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; (setting %2) is unknown; use an IANA name such as Europe/Rome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incremental interval (setting %1) must be a positive number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule queued job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running job %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 done; waiting for the next job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 did not succeed; waiting for the next job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled job %1 (%2) run in this window did not succeed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 waits: the crawl&apos;s lease is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window runs the schedule as %1; waiting for jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the job in progress is cancelled and goes back to the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is not run in this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::MainWindow</name>
    <message>
        <source>MarketDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MarketDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time MarketDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MarketDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MarketDesk %1&lt;/b&gt;&lt;p&gt;Catalogue, orders and margins of a cross-border shop in one place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crawls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;B crawls: run, schedule, history (Ctrl+%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::OrderFilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of these Korean calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no., buyer or receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::OrdersChart</name>
    <message>
        <source>No orders in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per day and platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::OrdersPage</name>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Orders to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) collected.</source>
        <translation>
            <numerusform>%1: %n order collected.</numerusform>
            <numerusform>%1: %n orders collected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 order(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ProductDetailPane</name>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to see its variants and images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier category %1 (not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (plain http://): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) use plain http:// and are not encrypted.</source>
        <translation>
            <numerusform>%n image uses plain http:// and is not encrypted.</numerusform>
            <numerusform>%n images use plain http:// and are not encrypted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ProductFilterBar</name>
    <message>
        <source>Search names and codes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible and hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ProductsPage</name>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>Exported %n product to %1.</numerusform>
            <numerusform>Exported %n products to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time MarketDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::Startup</name>
    <message>
        <source>MarketDesk: catalogue, orders and margins of a cross-border shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: sqlite:///path/file.db or postgresql://user@host:port/dbname (password from the keychain or PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not load demo data into an empty embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::TaskTracker</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
</context>
</TS>
