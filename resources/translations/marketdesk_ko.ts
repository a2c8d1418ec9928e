<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>main</name>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
</context>
<context>
    <name>md</name>
    <message>
        <source>"%1" is not a date dd/MM/yyyy HH:mm:ss (%2)</source>
        <translation>"%1"은(는) dd/MM/yyyy HH:mm:ss 형식의 날짜가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation>형식이 잘못됨</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>존재하지 않는 날짜</translation>
    </message>
    <message>
        <source>no such time</source>
        <translation>존재하지 않는 시각</translation>
    </message>
    <message>
        <source>The time zone Europe/Rome is not available on this system</source>
        <translation>이 시스템에서 Europe/Rome 시간대를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>"%1" is not a number (%2)</source>
        <translation>"%1"은(는) 숫자가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation>천 단위 구분 기호 위치가 잘못됨</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>예상하지 못한 문자</translation>
    </message>
    <message>
        <source>no digits after the decimal comma</source>
        <translation>소수점 쉼표 뒤에 숫자가 없음</translation>
    </message>
    <message>
        <source>more than one decimal comma</source>
        <translation>소수점 쉼표가 두 개 이상</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>정수가 아님</translation>
    </message>
    <message>
        <source>too many decimals</source>
        <translation>소수 자릿수가 너무 많음</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>숫자가 없음</translation>
    </message>
</context>
<context>
    <name>md::cli</name>
    <message>
        <source>bring the database schema up to date</source>
        <translation>데이터베이스 스키마를 최신으로 올립니다</translation>
    </message>
    <message>
        <source>store the PostgreSQL password (read from stdin) in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>load a day of the G&amp;B feed (full, incremental or chosen brands)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store the feed's password or API key (read from stdin) in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list or map supplier (brand, category) pairs; mapping publishes at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: marketdesk-cli [--db URL] &lt;command&gt; [options]

  --db URL   sqlite:///path/file.db or postgresql://user@host:port/db
             (default: the embedded database in the user's data folder;
             PostgreSQL passwords come from PGPASSWORD or the keychain)

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
&lt;command&gt; --help shows a command's options. Exit codes: 0 ok, 1 failed, 2 usage error, 3 skipped because another process holds the job's lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>알 수 없는 명령 "%1"</translation>
    </message>
    <message>
        <source>Bring the database schema up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>%1: %2 migration(s) applied, schema version %3.</source>
        <translation>%1: 마이그레이션 %2개 적용, 스키마 버전 %3.</translation>
    </message>
    <message>
        <source>Store the password of the --db PostgreSQL URL in the OS keychain. The password is read from standard input (never from the command line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--db must name a PostgreSQL database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1 stored in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>표준 입력을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>nothing on standard input</source>
        <translation>표준 입력이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 file(s) applied, %2 unchanged and skipped, %3 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows: %2 products, %3 variants; %4 inserted, %5 updated, %6 unchanged, %7 rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 colour code(s) without a name, %2 unmapped (brand, category) pair(s). %3 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>… and %1 more warning(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load one day of the G&amp;B feed into the database. A full crawl reads every file of the day; --incremental only files changed since they were last applied; --brands only the named brands' files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed folder (holding YYYYMMDD/ folders) or HTTP(S) base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder-or-URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day to load, YYYYMMDD (default: today in Italy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only files whose sha256 changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only these brands, comma-separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON file of header aliases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP Basic auth user (password from the keychain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the X-Api-Key stored in the keychain for this feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>결과를 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>예상하지 못한 인수 "%1"</translation>
    </message>
    <message>
        <source>--feed is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--incremental and --brands cannot be combined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--day must be a date written YYYYMMDD, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--brands needs at least one brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file %1/%2 %3 — %4 rows, %5 rows/s      </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the G&amp;B feed's password (with --user) or API key (with --api-key) in the OS keychain. The secret is read from standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP(S) base URL of the feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basic auth user whose password follows on stdin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret on stdin is an X-Api-Key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --feed and one of --user or --api-key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed secret for %1 stored in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map a supplier (brand, category) pair to an own category. Its products already in the database are published at once; no crawl is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supplier brand (Marca).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MARCA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supplier category (Categoria).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CATEGORIA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own category path, levels separated by / (created if missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OWN_CATEGORY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the pairs with product counts, unmapped first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either --list, or --brand, --category and --to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--brand, --category and --to go together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BRAND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MAPPED TO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unmapped)</source>
        <translation>(미매핑)</translation>
    </message>
    <message>
        <source>%1 / %2 → %3: %4 product(s) published, %5 moved to the new category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation>  상세: %1</translation>
    </message>
</context>
<context>
    <name>md::db</name>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>%1용 Qt SQL 드라이버가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot open the database %1. Check that it is reachable and that the user and password are right.</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다. 접속 가능한지, 사용자와 비밀번호가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <source>The database URL "%1" is not usable: %2</source>
        <translation>데이터베이스 URL "%1"을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>올바른 URL이 아닙니다</translation>
    </message>
    <message>
        <source>write sqlite:///absolute/path/file.db (three slashes)</source>
        <translation>sqlite:///절대/경로/file.db 형식으로 쓰세요 (슬래시 세 개)</translation>
    </message>
    <message>
        <source>the SQLite path must be absolute</source>
        <translation>SQLite 경로는 절대 경로여야 합니다</translation>
    </message>
    <message>
        <source>use sqlite:///… or postgresql://…</source>
        <translation>sqlite:///… 또는 postgresql://…를 사용하세요</translation>
    </message>
    <message>
        <source>it contains a password. Remove it and set PGPASSWORD or store the password in the keychain</source>
        <translation>비밀번호가 들어 있습니다. 비밀번호를 빼고 PGPASSWORD를 설정하거나 키체인에 저장하세요</translation>
    </message>
    <message>
        <source>write postgresql://user@host:port/database</source>
        <translation>postgresql://사용자@호스트:포트/데이터베이스 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>unknown option "%1"</source>
        <translation>알 수 없는 옵션 "%1"</translation>
    </message>
    <message>
        <source>Badly named migration file %1.</source>
        <translation>마이그레이션 파일 이름이 잘못되었습니다: %1.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>마이그레이션 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this MarketDesk only knows up to version %3. It was upgraded by a newer MarketDesk: install that version (or newer) to use it.</source>
        <translation>데이터베이스 %1의 스키마 버전은 %2이지만 이 MarketDesk는 버전 %3까지만 압니다. 더 새로운 MarketDesk가 업그레이드한 데이터베이스이므로, 그 버전(또는 그 이상)을 설치해서 사용하세요.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) was changed after it had been applied to %3. Restore the original file and add a new migration instead.</source>
        <translation>마이그레이션 %1 (%2)이(가) %3에 적용된 뒤 변경되었습니다. 원래 파일을 되돌리고 새 마이그레이션을 추가하세요.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed; nothing of it was applied.</source>
        <translation>마이그레이션 %1 (%2)이(가) 실패했습니다. 아무것도 적용되지 않았습니다.</translation>
    </message>
    <message>
        <source>Database error while %1.</source>
        <translation>%1 중 데이터베이스 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>트랜잭션 시작</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>커밋</translation>
    </message>
</context>
<context>
    <name>md::gnb</name>
    <message>
        <source>The crawl was cancelled.</source>
        <translation>수집을 취소했습니다.</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8 or Windows-1252 (it looks like UTF-16 or a binary file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Truncated file or unterminated quote: the quoted field opened on line %1 never closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record starting on line %1 is longer than %2 bytes (an unterminated quote?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header name "%1" is given for both %2 and %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column configuration %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key "columns" must be an object mapping column names to lists of header names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"columns"."%1" is not a G&amp;B column (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"columns"."%1" must be a list of non-empty header names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the column %2 appears twice in the header ("%3" in column %4 and "%5" in column %6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (accepted header names: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a colour column: one of %1 (accepted header names: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the header lacks the required column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3. The crawl stops; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header must be file;brand;rows;sha256;modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 5 fields, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a brand file name (BRAND.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rows "%1" is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sha256 "%1" is not 64 hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the index is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed URL "%1" is not valid.</source>
        <translation>피드 URL "%1"이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The feed URL contains a password. Remove it: use --user and store the password in the keychain with marketdesk-cli gnb set-feed-secret.</source>
        <translation>피드 URL에 비밀번호가 들어 있습니다. 비밀번호를 빼고 --user를 사용한 뒤 marketdesk-cli gnb set-feed-secret으로 비밀번호를 키체인에 저장하세요.</translation>
    </message>
    <message>
        <source>Use either Basic auth (--user) or an API key, not both.</source>
        <translation>Basic 인증(--user)과 API 키 중 하나만 사용하세요.</translation>
    </message>
    <message>
        <source>The feed folder "%1" does not exist (give a folder holding YYYYMMDD/ day folders, or an http(s):// URL).</source>
        <translation>피드 폴더 "%1"이(가) 없습니다 (YYYYMMDD/ 날짜 폴더가 있는 폴더나 http(s):// URL을 지정하세요).</translation>
    </message>
    <message>
        <source>recording rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>No feed index for %1: cannot open %2 (%3). Check --feed and --day.</source>
        <translation>%1의 피드 인덱스가 없습니다: %2을(를) 열 수 없습니다 (%3). --feed와 --day를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is listed in index.csv but missing from %2.</source>
        <translation>%1은(는) index.csv에 있지만 %2에 없습니다.</translation>
    </message>
    <message>
        <source>Database error while %1.</source>
        <translation>%1 중 데이터베이스 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver did not expose its connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting COPY into the staging table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending rows to the staging table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finishing COPY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loading the staging table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>preparing the staging insert</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>md::gnb::CategoryMappings</name>
    <message>
        <source>Give a supplier brand, a supplier category and an own category such as "가방/숄더백" (levels separated by /, none empty).</source>
        <translation>공급사 브랜드, 공급사 카테고리, 그리고 "가방/숄더백" 같은 자체 카테고리를 지정하세요 (단계는 /로 구분하며 빈 단계는 안 됩니다).</translation>
    </message>
</context>
<context>
    <name>md::gnb::Crawler</name>
    <message>
        <source>Another G&amp;B crawl is running (%1); this one was skipped.</source>
        <translation>다른 G&amp;B 수집이 실행 중입니다 (%1). 이번 수집은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>No file for brand(s) %1 in the index of %2.</source>
        <translation>%2 인덱스에 브랜드 %1의 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1: its sha256 is %2 but index.csv says %3 (a truncated download or a file replaced during the crawl). The file was not applied; its previous data stays.</source>
        <translation>%1: sha256이 %2이지만 index.csv에는 %3로 되어 있습니다 (다운로드가 잘렸거나 수집 중 파일이 바뀜). 파일을 적용하지 않았으며 이전 데이터가 유지됩니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be applied; their previous data stays.</source>
        <translation>
            <numerusform>파일 %n개를 적용할 수 없었습니다. 이전 데이터가 유지됩니다.</numerusform></translation>
    </message>
</context>
<context>
    <name>md::gnb::FeedParser</name>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file has a header but no rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is a negative price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty (%2 %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CodArticolo "%1" repeats the row on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: %3 "%4" is negative; stock set to 0</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>md::gnb::HttpFeedSource</name>
    <message>
        <source>No secret store to read the feed's credentials from.</source>
        <translation>피드 인증 정보를 읽을 비밀 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>No credentials for the feed %1 in the keychain (key "%2"). Store them with marketdesk-cli gnb set-feed-secret --feed %1.</source>
        <translation>키체인에 피드 %1의 인증 정보가 없습니다 (키 "%2"). marketdesk-cli gnb set-feed-secret --feed %1로 저장하세요.</translation>
    </message>
    <message>
        <source>Cannot read the index of %1 from %2: %3</source>
        <translation>%2에서 %1의 인덱스를 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot create a temporary file for %1: %2</source>
        <translation>%1용 임시 파일을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot download %1 from %2: %3</source>
        <translation>%2에서 %1을(를) 내려받을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot write the download of %1.</source>
        <translation>%1의 다운로드를 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>md::jobs</name>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>The job %1 is no longer claimed by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not queue the job %1: its dedupe key kept changing hands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseded by queued job %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abandoned by %1 (stopping)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>claim by %1 expired (the worker stopped responding)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording the job run returned no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The job run %1 to finish does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>interrupted: the run ended without reporting its outcome</source>
        <translation>중단됨: 실행이 결과를 보고하지 않고 끝났습니다</translation>
    </message>
    <message>
        <source>held by %1 until %2</source>
        <translation>%2까지 %1이(가) 보유 중</translation>
    </message>
    <message>
        <source>The lease %1 is no longer held by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>트랜잭션 시작</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>커밋</translation>
    </message>
</context>
<context>
    <name>md::jobs::Worker</name>
    <message>
        <source>skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>The job failed unexpectedly.</source>
        <translation>작업이 예기치 않게 실패했습니다.</translation>
    </message>
    <message>
        <source>interrupted: the worker stopped</source>
        <translation>중단됨: 워커가 멈췄습니다</translation>
    </message>
    <message>
        <source>abandoned: the worker stopped before the job finished</source>
        <translation>포기됨: 작업이 끝나기 전에 워커가 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>md::models</name>
    <message>
        <source>reading products</source>
        <translation>상품 읽기</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 파일에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>md::models::ProductsModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Sale name</source>
        <translation>판매명</translation>
    </message>
    <message>
        <source>Managed name</source>
        <translation>관리명</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>판매가</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>원가</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>노출</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정 시각</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>미매핑</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation>숨김: %1</translation>
    </message>
    <message>
        <source>Supplier category: %1</source>
        <translation>공급사 카테고리: %1</translation>
    </message>
</context>
<context>
    <name>md::models::VariantsModel</name>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>사이즈</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>CodArticolo</source>
        <translation>CodArticolo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>판매가</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>원가</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>정가</translation>
    </message>
    <message>
        <source>Colour code: %1</source>
        <translation>색상 코드: %1</translation>
    </message>
</context>
<context>
    <name>md::net::HttpCall</name>
    <message>
        <source>The address to call is not a valid URL.</source>
        <translation>호출할 주소가 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Could not restart the download into its file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the downloaded data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The transfer from %1 broke off: %2</source>
        <translation>%1에서 전송이 중단되었습니다: %2</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived.</source>
        <translation>응답을 다 받기 전에 %1과(와)의 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1이(가) HTTP %2로 응답했습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>md::net::HttpClient</name>
    <message>
        <source>The proxy address must start with http:// or socks5://.</source>
        <translation>프록시 주소는 http:// 또는 socks5://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The proxy address is not a valid URL.</source>
        <translation>프록시 주소가 올바른 URL이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>md::secrets::KeychainSecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation>%1에 저장된 비밀 정보가 없습니다.</translation>
    </message>
    <message>
        <source>Access to the OS keychain was denied (%1). Unlock the keychain and allow MarketDesk to use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OS keychain could not delete the secret %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No OS keychain is available (%1). Install/unlock a Secret Service keyring such as GNOME Keyring or KWallet and log in to a desktop session (or run the worker under dbus-run-session with an unlocked keyring); MarketDesk will not store secrets in a plain file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>md::secrets::SecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation>%1에 저장된 비밀 정보가 없습니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::ConnectDialog</name>
    <message>
        <source>&amp;Embedded database on this computer</source>
        <translation>이 컴퓨터의 내장 데이터베이스(&amp;E)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL server (shared)</source>
        <translation>PostgreSQL 서버 (공유)(&amp;S)</translation>
    </message>
    <message>
        <source>Connect to Database</source>
        <translation>데이터베이스 연결</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>데이터베이스 파일 선택</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>시스템 키체인에 보관됩니다</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>가능하면 암호화</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>암호화 필수</translation>
    </message>
    <message>
        <source>Require and verify the server</source>
        <translation>암호화 및 서버 인증서 확인</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>암호화 안 함</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>암호화(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>데이터베이스 파일</translation>
    </message>
    <message>
        <source>MarketDesk databases (*.db)</source>
        <translation>MarketDesk 데이터베이스 (*.db)</translation>
    </message>
    <message>
        <source>Choose a database file with its full path.</source>
        <translation>데이터베이스 파일을 전체 경로로 지정하세요.</translation>
    </message>
    <message>
        <source>Fill in host, database and user.</source>
        <translation>호스트, 데이터베이스, 사용자를 입력하세요.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1 You can connect for this session only; you will be asked for the password next time.</source>
        <translation>비밀번호를 시스템 키체인에 보관할 수 없습니다: %1 이번 세션에만 연결할 수 있으며, 다음 실행 때 비밀번호를 다시 묻습니다.</translation>
    </message>
    <message>
        <source>Connect &amp;without saving</source>
        <translation>저장하지 않고 연결(&amp;W)</translation>
    </message>
</context>
<context>
    <name>md::ui::DemoImport</name>
    <message>
        <source>This build has no demo data.</source>
        <translation>이 빌드에는 데모 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot unpack the demo data to %1.</source>
        <translation>데모 데이터를 %1에 풀 수 없습니다.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>데모 데이터 불러오는 중</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %n product(s).</source>
        <translation>
            <numerusform>데모 데이터를 불러왔습니다: 상품 %n개.</numerusform></translation>
    </message>
</context>
<context>
    <name>md::ui::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>md::ui::ImageCache</name>
    <message>
        <source>Not an image: %1</source>
        <translation>이미지가 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>md::ui::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(외 %n건)</numerusform></translation>
    </message>
</context>
<context>
    <name>md::ui::MainWindow</name>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>The catalogue (Ctrl+1)</source>
        <translation>상품 목록 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation>공유 PostgreSQL 서버</translation>
    </message>
    <message>
        <source>Embedded database file</source>
        <translation>내장 데이터베이스 파일</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>데이터베이스 연결(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MarketDesk</source>
        <translation>MarketDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>The new language applies the next time MarketDesk starts.</source>
        <translation>새 언어는 MarketDesk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>About MarketDesk</source>
        <translation>MarketDesk 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;MarketDesk %1&lt;/b&gt;&lt;p&gt;Catalogue, orders and margins of a cross-border shop in one place.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MarketDesk %1&lt;/b&gt;&lt;p&gt;해외 구매대행 쇼핑몰의 상품, 주문, 마진을 한곳에서.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>실행 중: %1</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductDetailPane</name>
    <message>
        <source>Variants</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>선택한 상품 없음</translation>
    </message>
    <message>
        <source>Select a product to see its variants and images.</source>
        <translation>상품을 선택하면 옵션과 이미지를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>Supplier category %1 (not mapped)</source>
        <translation>공급사 카테고리 %1 (미매핑)</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>판매가 %1</translation>
    </message>
    <message>
        <source>⚠ http</source>
        <translation>⚠ http</translation>
    </message>
    <message>
        <source>Not encrypted (plain http://): %1</source>
        <translation>암호화되지 않음 (http://): %1</translation>
    </message>
    <message>
        <source>No images.</source>
        <translation>이미지가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) use plain http:// and are not encrypted.</source>
        <translation>
            <numerusform>이미지 %n개가 암호화되지 않은 http://를 사용합니다.</numerusform></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1을(를) 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductFilterBar</name>
    <message>
        <source>Search names and codes (Ctrl+F)</source>
        <translation>상품명·코드 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>모든 브랜드</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 카테고리</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>모든 플랫폼</translation>
    </message>
    <message>
        <source>Visible and hidden</source>
        <translation>노출 및 숨김</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>노출</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>미매핑</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>브랜드(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>카테고리(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>플랫폼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>표시(&amp;S)</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductsPage</name>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>행 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation>현재 보기를 CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Counting products…</source>
        <translation>상품 수 세는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>상품 %n개</numerusform></translation>
    </message>
    <message>
        <source>products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>상품 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>이미 내보내기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Exporting products</source>
        <translation>상품 내보내는 중</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>상품 %n개를 %1(으)로 내보냈습니다.</numerusform></translation>
    </message>
</context>
<context>
    <name>md::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>A new language applies the next time MarketDesk starts.</source>
        <translation>새 언어는 MarketDesk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
</context>
<context>
    <name>md::ui::Startup</name>
    <message>
        <source>MarketDesk: catalogue, orders and margins of a cross-border shop.</source>
        <translation>MarketDesk: 해외 구매대행 쇼핑몰의 상품, 주문, 마진 관리.</translation>
    </message>
    <message>
        <source>The database: sqlite:///path/file.db or postgresql://user@host:port/dbname (password from the keychain or PGPASSWORD).</source>
        <translation>데이터베이스: sqlite:///경로/파일.db 또는 postgresql://사용자@호스트:포트/DB이름 (비밀번호는 키체인 또는 PGPASSWORD에서).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Do not load demo data into an empty embedded database.</source>
        <translation>빈 내장 데이터베이스에 데모 데이터를 불러오지 않습니다.</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>데모 데이터를 불러올 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>md::ui::TaskTracker</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3건 중 %2건</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2건</translation>
    </message>
    <message>
        <source>(%1/s)</source>
        <translation>(초당 %1건)</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>약 %n초 남음</numerusform></translation>
    </message>
</context>
</TS>
