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
        <source>&quot;%1&quot; is not a date dd/MM/yyyy HH:mm:ss (%2)</source>
        <translation>&quot;%1&quot;은(는) dd/MM/yyyy HH:mm:ss 형식의 날짜가 아닙니다 (%2)</translation>
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
        <source>&quot;%1&quot; is not a number (%2)</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다 (%2)</translation>
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
        <translation>PostgreSQL 비밀번호를 키체인에 저장 (stdin에서 읽음)</translation>
    </message>
    <message>
        <source>load a day of the G&amp;B feed (full, incremental or chosen brands)</source>
        <translation>G&amp;B 피드 하루치 불러오기 (전체, 증분 또는 선택한 브랜드)</translation>
    </message>
    <message>
        <source>store the feed&apos;s password or API key (read from stdin) in the keychain</source>
        <translation>피드 비밀번호 또는 API 키를 키체인에 저장 (stdin에서 읽음)</translation>
    </message>
    <message>
        <source>list or map supplier (brand, category) pairs; mapping publishes at once</source>
        <translation>공급사 (브랜드, 카테고리) 쌍 목록 보기 또는 매핑 (매핑 즉시 게시)</translation>
    </message>
    <message>
        <source>Usage: marketdesk-cli [--db URL] &lt;command&gt; [options]

  --db URL   sqlite:///path/file.db or postgresql://user@host:port/db
             (default: the embedded database in the user&apos;s data folder;
             PostgreSQL passwords come from PGPASSWORD or the keychain)

Commands:
</source>
        <translation>사용법: marketdesk-cli [--db URL] &lt;명령&gt; [옵션]

  --db URL   sqlite:///path/file.db 또는 postgresql://user@host:port/db
             (기본값: 사용자 데이터 폴더의 내장 데이터베이스.
             PostgreSQL 비밀번호는 PGPASSWORD 또는 키체인에서 가져옴)

명령:
</translation>
    </message>
    <message>
        <source>
&lt;command&gt; --help shows a command&apos;s options. Exit codes: 0 ok, 1 failed, 2 usage error, 3 skipped because another process holds the job&apos;s lock.</source>
        <translation>
&lt;명령&gt; --help로 명령의 옵션을 볼 수 있습니다. 종료 코드: 0 성공, 1 실패, 2 사용법 오류, 3 다른 프로세스가 작업 잠금을 보유해 건너뜀.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>알 수 없는 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Bring the database schema up to date.</source>
        <translation>데이터베이스 스키마를 최신으로 업데이트합니다.</translation>
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
        <translation>--db PostgreSQL URL의 비밀번호를 OS 키체인에 저장합니다. 비밀번호는 표준 입력에서 읽습니다 (명령줄에서는 받지 않음).</translation>
    </message>
    <message>
        <source>--db must name a PostgreSQL database</source>
        <translation>--db에는 PostgreSQL 데이터베이스를 지정해야 합니다</translation>
    </message>
    <message>
        <source>Password for %1 stored in the keychain.</source>
        <translation>%1의 비밀번호를 키체인에 저장했습니다.</translation>
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
        <translation>파일 %1개 적용, %2개 변경 없어 건너뜀, %3개 실패.</translation>
    </message>
    <message>
        <source>%1 rows: %2 products, %3 variants; %4 inserted, %5 updated, %6 unchanged, %7 rejected.</source>
        <translation>%1행: 상품 %2개, 옵션 %3개; 추가 %4, 변경 %5, 변경 없음 %6, 거부 %7.</translation>
    </message>
    <message>
        <source>%1 colour code(s) without a name, %2 unmapped (brand, category) pair(s). %3 ms.</source>
        <translation>이름 없는 색상 코드 %1개, 미매핑 (브랜드, 카테고리) 쌍 %2개. %3ms.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>… and %1 more warning(s).</source>
        <translation>… 외 경고 %1건.</translation>
    </message>
    <message>
        <source>Load one day of the G&amp;B feed into the database. A full crawl reads every file of the day; --incremental only files changed since they were last applied; --brands only the named brands&apos; files.</source>
        <translation>G&amp;B 피드 하루치를 데이터베이스에 불러옵니다. 전체 크롤링은 그날의 모든 파일을 읽고, --incremental은 마지막 적용 이후 바뀐 파일만, --brands는 지정한 브랜드의 파일만 읽습니다.</translation>
    </message>
    <message>
        <source>Feed folder (holding YYYYMMDD/ folders) or HTTP(S) base URL.</source>
        <translation>피드 폴더 (YYYYMMDD/ 폴더가 있는 곳) 또는 HTTP(S) 기본 URL.</translation>
    </message>
    <message>
        <source>folder-or-URL</source>
        <translation>폴더-또는-URL</translation>
    </message>
    <message>
        <source>Day to load, YYYYMMDD (default: today in Italy).</source>
        <translation>불러올 날짜, YYYYMMDD (기본값: 이탈리아 기준 오늘).</translation>
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation>YYYYMMDD</translation>
    </message>
    <message>
        <source>Only files whose sha256 changed.</source>
        <translation>sha256이 바뀐 파일만.</translation>
    </message>
    <message>
        <source>Only these brands, comma-separated.</source>
        <translation>이 브랜드만 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>JSON file of header aliases.</source>
        <translation>헤더 별칭 JSON 파일.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>HTTP Basic auth user (password from the keychain).</source>
        <translation>HTTP Basic 인증 사용자 (비밀번호는 키체인에서).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Send the X-Api-Key stored in the keychain for this feed.</source>
        <translation>이 피드용으로 키체인에 저장된 X-Api-Key를 보냅니다.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>결과를 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--feed is required</source>
        <translation>--feed가 필요합니다</translation>
    </message>
    <message>
        <source>--incremental and --brands cannot be combined</source>
        <translation>--incremental과 --brands는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--day must be a date written YYYYMMDD, not &quot;%1&quot;</source>
        <translation>--day는 YYYYMMDD 형식의 날짜여야 합니다 (&quot;%1&quot;이(가) 아님)</translation>
    </message>
    <message>
        <source>--brands needs at least one brand</source>
        <translation>--brands에는 브랜드가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>Store the G&amp;B feed&apos;s password (with --user) or API key (with --api-key) in the OS keychain. The secret is read from standard input.</source>
        <translation>G&amp;B 피드의 비밀번호(--user와 함께) 또는 API 키(--api-key와 함께)를 OS 키체인에 저장합니다. 비밀 정보는 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>HTTP(S) base URL of the feed.</source>
        <translation>피드의 HTTP(S) 기본 URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Basic auth user whose password follows on stdin.</source>
        <translation>Basic 인증 사용자 (비밀번호는 stdin으로 입력).</translation>
    </message>
    <message>
        <source>The secret on stdin is an X-Api-Key.</source>
        <translation>stdin의 비밀 정보가 X-Api-Key입니다.</translation>
    </message>
    <message>
        <source>give --feed and one of --user or --api-key</source>
        <translation>--feed와 함께 --user 또는 --api-key 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>Feed secret for %1 stored in the keychain.</source>
        <translation>%1의 피드 비밀 정보를 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>Map a supplier (brand, category) pair to an own category. Its products already in the database are published at once; no crawl is needed.</source>
        <translation>공급사 (브랜드, 카테고리) 쌍을 자체 카테고리에 매핑합니다. 이미 데이터베이스에 있는 해당 상품은 즉시 게시되며 크롤링할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>Supplier brand (Marca).</source>
        <translation>공급사 브랜드 (Marca).</translation>
    </message>
    <message>
        <source>MARCA</source>
        <translation>MARCA</translation>
    </message>
    <message>
        <source>Supplier category (Categoria).</source>
        <translation>공급사 카테고리 (Categoria).</translation>
    </message>
    <message>
        <source>CATEGORIA</source>
        <translation>CATEGORIA</translation>
    </message>
    <message>
        <source>Own category path, levels separated by / (created if missing).</source>
        <translation>자체 카테고리 경로, 단계는 /로 구분 (없으면 생성).</translation>
    </message>
    <message>
        <source>OWN_CATEGORY</source>
        <translation>자체_카테고리</translation>
    </message>
    <message>
        <source>List the pairs with product counts, unmapped first.</source>
        <translation>쌍 목록을 상품 수와 함께 표시 (미매핑 먼저).</translation>
    </message>
    <message>
        <source>give either --list, or --brand, --category and --to</source>
        <translation>--list 또는 --brand, --category, --to 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>--brand, --category and --to go together</source>
        <translation>--brand, --category, --to는 함께 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>BRAND</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation>상품 수</translation>
    </message>
    <message>
        <source>MAPPED TO</source>
        <translation>매핑 대상</translation>
    </message>
    <message>
        <source>(unmapped)</source>
        <translation>(미매핑)</translation>
    </message>
    <message>
        <source>%1 / %2 → %3: %4 product(s) published, %5 moved to the new category.</source>
        <translation>%1 / %2 → %3: 상품 %4개 게시, %5개를 새 카테고리로 이동.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation>  상세: %1</translation>
    </message>
    <message>
        <source>give the account name</source>
        <translation>계정 이름을 지정하세요</translation>
    </message>
    <message>
        <source>cafe24, naver or qoo10.</source>
        <translation>cafe24, naver 또는 qoo10.</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>A unique name for the account.</source>
        <translation>계정의 고유 이름.</translation>
    </message>
    <message>
        <source>The seller (mall) id on the platform.</source>
        <translation>플랫폼의 판매자(몰) ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Name shown in the application.</source>
        <translation>애플리케이션에 표시할 이름.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>API base URL (default: the platform&apos;s).</source>
        <translation>API 기본 URL (기본값: 플랫폼 기본 URL).</translation>
    </message>
    <message>
        <source>HTTP proxy for this account&apos;s calls.</source>
        <translation>이 계정의 호출에 사용할 HTTP 프록시.</translation>
    </message>
    <message>
        <source>--platform, --name and --seller-id are required</source>
        <translation>--platform, --name, --seller-id가 필요합니다</translation>
    </message>
    <message>
        <source>--platform must be one of %1</source>
        <translation>--platform은 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--%1 must be an http(s) URL without a password</source>
        <translation>--%1은(는) 비밀번호가 없는 http(s) URL이어야 합니다</translation>
    </message>
    <message>
        <source>standard input must hold one JSON object with the account&apos;s secrets (%1)</source>
        <translation>표준 입력에는 계정 비밀 정보가 담긴 JSON 객체 하나가 있어야 합니다 (%1)</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; (%2, seller %3) added; its secrets are in the keychain. Check it with `marketdesk-cli accounts test %1`.</source>
        <translation>계정 &quot;%1&quot; (%2, 판매자 %3)을(를) 추가했습니다. 비밀 정보는 키체인에 있습니다. `marketdesk-cli accounts test %1`로 확인하세요.</translation>
    </message>
    <message>
        <source>List the marketplace accounts (never their secrets).</source>
        <translation>마켓 계정 목록을 표시합니다 (비밀 정보는 표시하지 않음).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>No accounts yet; add one with `marketdesk-cli accounts add`.</source>
        <translation>아직 계정이 없습니다. `marketdesk-cli accounts add`로 추가하세요.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>수집 기록 없음</translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain. Its orders stay.</source>
        <translation>계정과 그 비밀 정보를 키체인에서 삭제합니다. 주문은 남습니다.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>계정 이름.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; and its secrets removed.</source>
        <translation>계정 &quot;%1&quot;과(와) 비밀 정보를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Check an account&apos;s secrets and connection with a cheap call and say exactly what is wrong (bad secret, IP not allowed, clock skew, unreachable).</source>
        <translation>가벼운 호출로 계정의 비밀 정보와 연결을 확인하고 무엇이 잘못됐는지 정확히 알려 줍니다 (잘못된 비밀 정보, 허용되지 않은 IP, 시계 오차, 연결 불가).</translation>
    </message>
    <message>
        <source>%1 works: credentials accepted and the API answered.</source>
        <translation>%1 정상: 인증 정보가 승인되었고 API가 응답했습니다.</translation>
    </message>
    <message>
        <source>load the bundled demo data into an empty database</source>
        <translation>내장 데모 데이터를 빈 데이터베이스에 불러오기</translation>
    </message>
    <message>
        <source>run scheduled and queued jobs until stopped</source>
        <translation>예약 및 대기 중인 작업을 중지할 때까지 실행</translation>
    </message>
    <message>
        <source>add a marketplace account (secrets as one JSON object on stdin)</source>
        <translation>마켓 계정 추가 (비밀 정보는 stdin에 JSON 객체 하나로)</translation>
    </message>
    <message>
        <source>list the marketplace accounts</source>
        <translation>마켓 계정 목록</translation>
    </message>
    <message>
        <source>remove an account and its secrets</source>
        <translation>계정과 비밀 정보 삭제</translation>
    </message>
    <message>
        <source>check an account&apos;s secrets and connection</source>
        <translation>계정의 비밀 정보와 연결 확인</translation>
    </message>
    <message>
        <source>collect one account&apos;s orders now</source>
        <translation>계정 하나의 주문을 지금 수집</translation>
    </message>
    <message>
        <source>add a collection webhook (URL on stdin)</source>
        <translation>수집 웹훅 추가 (URL은 stdin으로)</translation>
    </message>
    <message>
        <source>list the webhooks</source>
        <translation>웹훅 목록</translation>
    </message>
    <message>
        <source>remove a webhook</source>
        <translation>웹훅 삭제</translation>
    </message>
    <message>
        <source>Load the bundled demo data (a sample G&amp;B feed, with most categories mapped) into an empty database, as the application does on its first start.</source>
        <translation>내장 데모 데이터(카테고리 대부분이 매핑된 G&amp;B 샘플 피드)를 빈 데이터베이스에 불러옵니다. 애플리케이션을 처음 시작할 때와 같습니다.</translation>
    </message>
    <message>
        <source>This build has no demo data.</source>
        <translation>이 빌드에는 데모 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>%1 already holds products; demo data only goes into an empty database.</source>
        <translation>%1에 이미 상품이 있습니다. 데모 데이터는 빈 데이터베이스에만 불러옵니다.</translation>
    </message>
    <message>
        <source>%1 product(s) published; the pairs of %2 are left unmapped for the mapping page.</source>
        <translation>상품 %1개를 게시했습니다. %2의 쌍은 매핑 페이지용으로 미매핑 상태로 둡니다.</translation>
    </message>
    <message>
        <source>How long the crawl&apos;s lease lasts unless renewed between files (default 600): how soon another crawler may take over from one that died.</source>
        <translation>파일 사이에 갱신하지 않을 때 크롤링 잠금이 유지되는 시간 (기본값 600): 멈춘 크롤러를 다른 크롤러가 얼마나 빨리 이어받을 수 있는지 정합니다.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>--lease-seconds must be a positive number</source>
        <translation>--lease-seconds는 양수여야 합니다</translation>
    </message>
    <message>
        <source>Collect one account&apos;s orders now. Without --from/--to the window runs from the last successful collection (minus an overlap) to now. Exit code 3 when another process is collecting this account.</source>
        <translation>계정 하나의 주문을 지금 수집합니다. --from/--to가 없으면 마지막으로 성공한 수집 시점(겹침 구간 제외)부터 지금까지 수집합니다. 다른 프로세스가 이 계정을 수집 중이면 종료 코드 3.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (Korean time).</source>
        <translation>시작일, YYYY-MM-DD (한국 시간).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD, included.</source>
        <translation>종료일, YYYY-MM-DD (포함).</translation>
    </message>
    <message>
        <source>Print one JSON object: orders, lines, inserted, updated, duration_ms.</source>
        <translation>JSON 객체 하나로 출력: orders, lines, inserted, updated, duration_ms.</translation>
    </message>
    <message>
        <source>--account is required</source>
        <translation>--account가 필요합니다</translation>
    </message>
    <message>
        <source>give both --from and --to, or neither</source>
        <translation>--from과 --to를 둘 다 지정하거나 둘 다 생략하세요</translation>
    </message>
    <message>
        <source>--from and --to must be dates written YYYY-MM-DD, --from not after --to</source>
        <translation>--from과 --to는 YYYY-MM-DD 형식의 날짜여야 하며 --from이 --to보다 늦으면 안 됩니다</translation>
    </message>
    <message>
        <source>%1: %2 order(s), %3 line(s); %4 inserted, %5 updated, %6 unchanged; %7 call(s), %8 ms.</source>
        <translation>%1: 주문 %2건, 항목 %3개; 추가 %4, 변경 %5, 변경 없음 %6; 호출 %7회, %8ms.</translation>
    </message>
    <message>
        <source>give the webhook&apos;s name</source>
        <translation>웹훅 이름을 지정하세요</translation>
    </message>
    <message>
        <source>Add a webhook called on collection start, success and failure. Its URL is read from standard input (it is a secret) and kept in the OS keychain.</source>
        <translation>수집 시작, 성공, 실패 시 호출되는 웹훅을 추가합니다. URL은 표준 입력에서 읽으며 (비밀 정보임) OS 키체인에 보관합니다.</translation>
    </message>
    <message>
        <source>A unique name.</source>
        <translation>고유 이름.</translation>
    </message>
    <message>
        <source>generic (form-encoded text), slack or discord.</source>
        <translation>generic (폼 인코딩 텍스트), slack 또는 discord.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Comma-separated: start,success,failure (default: all).</source>
        <translation>쉼표로 구분: start,success,failure (기본값: 모두).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>--name and --kind are required</source>
        <translation>--name과 --kind가 필요합니다</translation>
    </message>
    <message>
        <source>standard input must hold the webhook&apos;s http(s) URL</source>
        <translation>표준 입력에는 웹훅의 http(s) URL이 있어야 합니다</translation>
    </message>
    <message>
        <source>Webhook &quot;%1&quot; (%2) added; its URL is in the keychain.</source>
        <translation>웹훅 &quot;%1&quot; (%2)을(를) 추가했습니다. URL은 키체인에 있습니다.</translation>
    </message>
    <message>
        <source>List the webhooks (never their URLs).</source>
        <translation>웹훅 목록을 표시합니다 (URL은 표시하지 않음).</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (비활성)</translation>
    </message>
    <message>
        <source>Remove a webhook and its URL from the keychain.</source>
        <translation>웹훅과 그 URL을 키체인에서 삭제합니다.</translation>
    </message>
    <message>
        <source>The webhook&apos;s name.</source>
        <translation>웹훅 이름.</translation>
    </message>
    <message>
        <source>Webhook &quot;%1&quot; removed.</source>
        <translation>웹훅 &quot;%1&quot;을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Run scheduled and queued jobs (G&amp;B crawls) until stopped with SIGTERM or Ctrl+C. Any number of workers may share a database: each job still runs once at a time.</source>
        <translation>예약 및 대기 중인 작업(G&amp;B 크롤링)을 SIGTERM 또는 Ctrl+C로 중지할 때까지 실행합니다. 여러 워커가 한 데이터베이스를 함께 쓸 수 있으며, 각 작업은 한 번에 하나씩만 실행됩니다.</translation>
    </message>
    <message>
        <source>G&amp;B feed folder or HTTP(S) base URL.</source>
        <translation>G&amp;B 피드 폴더 또는 HTTP(S) 기본 URL.</translation>
    </message>
    <message>
        <source>Time of the day&apos;s first full crawl, HH:MM (default 06:00).</source>
        <translation>하루 첫 전체 크롤링 시각, HH:MM (기본값 06:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time zone of --schedule-time (default: the supplier&apos;s, Europe/Rome).</source>
        <translation>--schedule-time의 시간대 (기본값: 공급사 시간대, Europe/Rome).</translation>
    </message>
    <message>
        <source>IANA name</source>
        <translation>IANA-이름</translation>
    </message>
    <message>
        <source>Minutes between the end of one incremental crawl and the start of the next (default 15).</source>
        <translation>증분 크롤링 하나가 끝나고 다음이 시작될 때까지의 간격(분) (기본값 15).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Only run queued jobs; queue nothing by time.</source>
        <translation>대기 중인 작업만 실행하고 시각에 따른 예약은 하지 않습니다.</translation>
    </message>
    <message>
        <source>How often an idle worker looks for jobs (default 2000).</source>
        <translation>유휴 워커가 작업을 확인하는 주기 (기본값 2000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--schedule-time must be HH:MM, not &quot;%1&quot;</source>
        <translation>--schedule-time은 HH:MM 형식이어야 합니다 (&quot;%1&quot;이(가) 아님)</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>알 수 없는 시간대 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--interval-minutes must be a positive number</source>
        <translation>--interval-minutes는 양수여야 합니다</translation>
    </message>
    <message>
        <source>--poll-ms must be a positive number</source>
        <translation>--poll-ms는 양수여야 합니다</translation>
    </message>
    <message>
        <source>queued job %1 (%2) by %3</source>
        <translation>작업 %1 (%2) 대기열에 추가됨 (%3)</translation>
    </message>
    <message>
        <source>job %1 (%2) started</source>
        <translation>작업 %1 (%2) 시작</translation>
    </message>
    <message>
        <source>job %1 (%2) done</source>
        <translation>작업 %1 (%2) 완료</translation>
    </message>
    <message>
        <source>job %1 (%2) did not succeed: %3</source>
        <translation>작업 %1 (%2) 실패: %3</translation>
    </message>
    <message>
        <source>job %1 (%2) waits: the lease is %3</source>
        <translation>작업 %1 (%2) 대기 중 (잠금: %3)</translation>
    </message>
    <message>
        <source>stopping: the current job is cancelled and given back to the queue</source>
        <translation>중지 중: 현재 작업을 취소하고 대기열로 되돌립니다</translation>
    </message>
    <message>
        <source>worker %1 running; first full crawl daily at %2 (%3), incremental every %4 min after the previous ends</source>
        <translation>워커 %1 실행 중: 매일 %2 (%3)에 첫 전체 크롤링, 이후 이전 크롤링이 끝나고 %4분마다 증분 크롤링</translation>
    </message>
    <message>
        <source>worker %1 running queued jobs and order collection only</source>
        <translation>워커 %1 실행 중: 대기 작업과 주문 수집만 처리합니다</translation>
    </message>
    <message>
        <source>Add a marketplace account. Its secrets are read from standard input as ONE JSON object (never from the command line) and stored in the OS keychain:
  qoo10:  {&quot;api_key&quot;:…,&quot;user_id&quot;:…,&quot;password&quot;:…}
  naver:  {&quot;client_id&quot;:…,&quot;client_secret&quot;:…}
  cafe24: {&quot;client_id&quot;:…,&quot;client_secret&quot;:…,&quot;refresh_token&quot;:…}
With --proxy, add &quot;proxy_password&quot;:… to the object when the proxy needs a password.</source>
        <translation>마켓 계정을 추가합니다. 비밀 정보는 표준 입력에서 JSON 객체 하나로 읽으며 (명령줄에서는 받지 않음) OS 키체인에 저장합니다:
  qoo10:  {&quot;api_key&quot;:…,&quot;user_id&quot;:…,&quot;password&quot;:…}
  naver:  {&quot;client_id&quot;:…,&quot;client_secret&quot;:…}
  cafe24: {&quot;client_id&quot;:…,&quot;client_secret&quot;:…,&quot;refresh_token&quot;:…}
--proxy의 프록시에 비밀번호가 필요하면 객체에 &quot;proxy_password&quot;:…를 추가하세요.</translation>
    </message>
    <message>
        <source>Change an account&apos;s display name, base URL, proxy, collection interval, or turn its automatic collection on or off. The name, platform and seller id cannot be changed (the name keys its keychain entries and its collection lease): add a new account and remove the old one instead. The proxy password is read from standard input with --proxy-password-stdin and stored in the keychain, never in the URL.</source>
        <translation>계정의 표시 이름, 기본 URL, 프록시, 수집 간격을 바꾸거나 자동 수집을 켜고 끕니다. 이름, 플랫폼, 판매자 ID는 바꿀 수 없습니다 (이름이 키체인 항목과 수집 잠금의 키입니다). 대신 새 계정을 추가하고 이전 계정을 삭제하세요. 프록시 비밀번호는 --proxy-password-stdin으로 표준 입력에서 읽어 키체인에 저장하며, URL에는 절대 넣지 않습니다.</translation>
    </message>
    <message>
        <source>API base URL; an empty value means the platform&apos;s own.</source>
        <translation>API 기본 URL입니다. 빈 값은 플랫폼 기본 주소를 뜻합니다.</translation>
    </message>
    <message>
        <source>HTTP or SOCKS5 proxy (http://user@host:port, no password); an empty value means a direct connection.</source>
        <translation>HTTP 또는 SOCKS5 프록시입니다 (http://user@host:port, 비밀번호 없이). 빈 값은 직접 연결을 뜻합니다.</translation>
    </message>
    <message>
        <source>Read the proxy password from standard input (one line) and store it in the keychain.</source>
        <translation>프록시 비밀번호를 표준 입력(한 줄)에서 읽어 키체인에 저장합니다.</translation>
    </message>
    <message>
        <source>Collect orders automatically every N minutes (1 to 1440).</source>
        <translation>N분마다 주문을 자동 수집합니다 (1~1440).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Collect this account&apos;s orders automatically again.</source>
        <translation>이 계정의 주문 자동 수집을 다시 시작합니다.</translation>
    </message>
    <message>
        <source>Stop collecting this account&apos;s orders automatically (its data stays).</source>
        <translation>이 계정의 주문 자동 수집을 중지합니다 (데이터는 유지됩니다).</translation>
    </message>
    <message>
        <source>give --enable or --disable, not both</source>
        <translation>--enable과 --disable 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>--%1 must not contain a password: give the URL without it and pass the password with --proxy-password-stdin</source>
        <translation>--%1에 비밀번호를 넣으면 안 됩니다. 비밀번호 없이 URL을 지정하고 비밀번호는 --proxy-password-stdin으로 전달하세요</translation>
    </message>
    <message>
        <source>--%1 must be a URL with a host, or empty</source>
        <translation>--%1은 호스트가 있는 URL이거나 빈 값이어야 합니다</translation>
    </message>
    <message>
        <source>--interval-minutes must be a whole number from %1 to %2</source>
        <translation>--interval-minutes는 %1에서 %2 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>nothing to change: give at least one option</source>
        <translation>바꿀 내용이 없습니다. 옵션을 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>standard input holds no proxy password</source>
        <translation>표준 입력에 프록시 비밀번호가 없습니다</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; updated: display name &quot;%2&quot;, base URL %3, proxy %4, every %5 min, automatic collection %6.</source>
        <translation>계정 &quot;%1&quot;을(를) 변경했습니다: 표시 이름 &quot;%2&quot;, 기본 URL %3, 프록시 %4, %5분마다, 자동 수집 %6.</translation>
    </message>
    <message>
        <source>(the platform&apos;s)</source>
        <translation>(플랫폼 기본값)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Authorize MarketDesk for a Cafe24 account in the browser (OAuth authorization code). The command prints the address to open (and opens it where there is a desktop), waits for Cafe24 to send the browser back to http://127.0.0.1:&lt;port&gt;/cafe24, and stores the new refresh token in the keychain. The app must have that redirect URI registered in the Cafe24 developer center. Ctrl+C stops waiting.</source>
        <translation>브라우저에서 Cafe24 계정에 MarketDesk를 인증합니다(OAuth 인증 코드). 열 주소를 출력하고(데스크톱이 있으면 직접 엽니다), Cafe24가 브라우저를 http://127.0.0.1:&lt;port&gt;/cafe24 로 돌려보낼 때까지 기다린 뒤 새 리프레시 토큰을 키체인에 저장합니다. 앱에는 Cafe24 개발자센터에서 이 리디렉션 URI가 등록되어 있어야 합니다. Ctrl+C로 기다리기를 멈춥니다.</translation>
    </message>
    <message>
        <source>The Cafe24 account&apos;s name.</source>
        <translation>Cafe24 계정 이름.</translation>
    </message>
    <message>
        <source>Loopback port of the registered redirect URI (default: the account&apos;s redirect_port option, else %1; 0: any free port).</source>
        <translation>등록된 리디렉션 URI의 루프백 포트(기본값: 계정의 redirect_port 옵션, 없으면 %1; 0: 비어 있는 아무 포트).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>How long to wait for the browser (default 300).</source>
        <translation>브라우저를 기다리는 시간(기본값 300).</translation>
    </message>
    <message>
        <source>Only print the address; do not open a browser.</source>
        <translation>주소만 출력하고 브라우저는 열지 않습니다.</translation>
    </message>
    <message>
        <source>--timeout-seconds must be a positive number</source>
        <translation>--timeout-seconds는 양수여야 합니다</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port는 0부터 65535 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>Open this address in a browser, log in to the mall&apos;s admin and allow access (redirect URI %1):</source>
        <translation>브라우저에서 이 주소를 열고 쇼핑몰 관리자로 로그인한 뒤 접근을 허용하세요(리디렉션 URI %1):</translation>
    </message>
    <message>
        <source>The address was opened in the system browser.</source>
        <translation>시스템 브라우저에서 주소를 열었습니다.</translation>
    </message>
    <message>
        <source>%1 is authorized; its new refresh token is in the keychain.</source>
        <translation>%1 인증을 마쳤습니다. 새 리프레시 토큰이 키체인에 있습니다.</translation>
    </message>
    <message>
        <source>store the worker control API&apos;s bearer token (read from stdin) in the keychain</source>
        <translation>워커 제어 API의 bearer 토큰(표준 입력에서 읽음)을 키체인에 저장</translation>
    </message>
    <message>
        <source>change an account&apos;s display name, URLs, interval or enable/disable it</source>
        <translation>계정의 표시 이름, URL, 수집 간격 변경 또는 사용/중지</translation>
    </message>
    <message>
        <source>authorize a Cafe24 account in the browser; stores its refresh token</source>
        <translation>브라우저에서 Cafe24 계정을 인증하고 리프레시 토큰을 저장합니다</translation>
    </message>
    <message>
        <source>sync one Cafe24 or Naver account&apos;s listings into the products now</source>
        <translation>Cafe24 또는 Naver 계정 하나의 등록 상품을 지금 상품으로 동기화합니다</translation>
    </message>
    <message>
        <source>Sync one Cafe24 or Naver account&apos;s listings into the products now: every listing is read, new and changed ones are written (merchandisers&apos; columns are kept), and after a complete scan the listings no longer on the platform are hidden as not listed. Exit code 3 when another process is syncing this account.</source>
        <translation>Cafe24 또는 Naver 계정 하나의 등록 상품을 지금 상품으로 동기화합니다. 모든 등록 상품을 읽어 새 상품과 바뀐 상품을 저장하고(MD가 입력한 열은 그대로 둡니다), 전체 조회가 끝나면 플랫폼에 더 이상 없는 상품을 미등록으로 숨깁니다. 다른 프로세스가 이 계정을 동기화하고 있으면 종료 코드 3입니다.</translation>
    </message>
    <message>
        <source>Print one JSON object: listings, inserted, updated, unchanged, unlisted, duration_ms.</source>
        <translation>JSON 객체 하나를 출력합니다: listings, inserted, updated, unchanged, unlisted, duration_ms.</translation>
    </message>
    <message>
        <source>%1: %2 listing(s) in %3 page(s); %4 inserted, %5 updated, %6 unchanged; %7 no longer listed, %8 listed again; %9 ms.</source>
        <translation>%1: %3페이지에서 등록 상품 %2개; 추가 %4, 변경 %5, 변경 없음 %6; 미등록 처리 %7, 재등록 %8; %9ms.</translation>
    </message>
    <message>
        <source>Serve the control API (health, orders, scheduler) on ADDRESS:PORT, e.g. 127.0.0.1:8080. Addresses other than loopback need a token (worker set-control-token or MARKETDESK_CONTROL_TOKEN).</source>
        <translation>ADDRESS:PORT(예: 127.0.0.1:8080)에서 제어 API(상태, 주문, 스케줄러)를 제공합니다. 루프백이 아닌 주소에는 토큰(worker set-control-token 또는 MARKETDESK_CONTROL_TOKEN)이 필요합니다.</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>주소:포트</translation>
    </message>
    <message>
        <source>control API listening on http://%1:%2/api/v1 (loopback, no token)</source>
        <translation>제어 API가 http://%1:%2/api/v1에서 대기 중 (루프백, 토큰 없음)</translation>
    </message>
    <message>
        <source>control API listening on http://%1:%2/api/v1 (bearer token required)</source>
        <translation>제어 API가 http://%1:%2/api/v1에서 대기 중 (bearer 토큰 필요)</translation>
    </message>
    <message>
        <source>--http must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:8080, not &quot;%1&quot;</source>
        <translation>--http는 ADDRESS:PORT 형식이어야 합니다 (예: 127.0.0.1:8080 또는 [::1]:8080, &quot;%1&quot;이(가) 아님)</translation>
    </message>
    <message>
        <source>Cannot read the control API token from the keychain: %1 Set %2 instead, or make the keychain available.</source>
        <translation>키체인에서 제어 API 토큰을 읽을 수 없습니다: %1 대신 %2를 설정하거나 키체인을 사용할 수 있게 하세요.</translation>
    </message>
    <message>
        <source>The control API token in the keychain is not usable: %1</source>
        <translation>키체인의 제어 API 토큰을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is not a usable control API token: %2</source>
        <translation>%1은(는) 쓸 수 있는 제어 API 토큰이 아닙니다: %2</translation>
    </message>
    <message>
        <source>Store the token of the worker&apos;s control API (worker --http) in the OS keychain. The token is read from standard input, at least 16 characters, e.g. &quot;openssl rand -hex 32 | marketdesk-cli worker set-control-token&quot;. Clients send it as &quot;Authorization: Bearer &lt;token&gt;&quot;. A running worker reads it when it starts.</source>
        <translation>워커 제어 API(worker --http)의 토큰을 OS 키체인에 저장합니다. 토큰은 표준 입력에서 읽으며 16자 이상이어야 합니다. 예: &quot;openssl rand -hex 32 | marketdesk-cli worker set-control-token&quot;. 클라이언트는 &quot;Authorization: Bearer &lt;token&gt;&quot;으로 보냅니다. 실행 중인 워커는 시작할 때 토큰을 읽습니다.</translation>
    </message>
    <message>
        <source>unexpected argument: the token is read from standard input, never from the command line</source>
        <translation>예상하지 못한 인수: 토큰은 명령줄이 아니라 표준 입력에서만 읽습니다</translation>
    </message>
    <message>
        <source>Control API token stored in the keychain; restart the worker to use it.</source>
        <translation>제어 API 토큰을 키체인에 저장했습니다. 사용하려면 워커를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>md::control</name>
    <message>
        <source>The account &quot;%1&quot; is disabled; enable it on the Accounts page first.</source>
        <translation>&quot;%1&quot; 계정은 사용 중지 상태입니다. 먼저 계정 페이지에서 사용으로 바꾸세요.</translation>
    </message>
    <message>
        <source>Orders of %1 accounts are not collected (account &quot;%2&quot;).</source>
        <translation>%1 계정의 주문은 수집하지 않습니다 (계정 &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>There is no enabled account to collect; add one with &quot;marketdesk-cli accounts add&quot;.</source>
        <translation>수집할 사용 중인 계정이 없습니다. &quot;marketdesk-cli accounts add&quot;로 계정을 추가하세요.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>요청 헤더가 너무 큽니다.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>요청 줄이 &quot;METHOD /path HTTP/1.1&quot; 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served.</source>
        <translation>HTTP/1.0과 HTTP/1.1만 지원합니다.</translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation>요청 헤더 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length, not chunked.</source>
        <translation>본문은 chunked가 아니라 Content-Length와 함께 보내세요.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length 헤더가 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>요청 본문이 %1바이트보다 큽니다.</translation>
    </message>
    <message>
        <source>Give both from and to (YYYY-MM-DD), or neither.</source>
        <translation>from과 to(YYYY-MM-DD)를 둘 다 주거나 둘 다 생략하세요.</translation>
    </message>
    <message>
        <source>to (%1) is before from (%2).</source>
        <translation>to(%1)가 from(%2)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; one or more of %2, separated by commas.</source>
        <translation>알 수 없는 상태 &quot;%1&quot;입니다. %2 중 하나 이상을 쉼표로 구분해 주세요.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;; one of %2.</source>
        <translation>알 수 없는 플랫폼 &quot;%1&quot;입니다. %2 중 하나를 주세요.</translation>
    </message>
</context>
<context>
    <name>md::control::BearerAuth</name>
    <message>
        <source>This worker&apos;s control API needs the header &quot;Authorization: Bearer &lt;token&gt;&quot; with the token set by &quot;marketdesk-cli worker set-control-token&quot;.</source>
        <translation>이 워커의 제어 API에는 &quot;marketdesk-cli worker set-control-token&quot;으로 설정한 토큰을 담은 &quot;Authorization: Bearer &lt;token&gt;&quot; 헤더가 필요합니다.</translation>
    </message>
    <message>
        <source>The control API token must be at least %1 printable ASCII characters without spaces (e.g. the output of &quot;openssl rand -hex 32&quot;).</source>
        <translation>제어 API 토큰은 공백 없는 인쇄 가능한 ASCII 문자 %1자 이상이어야 합니다 (예: &quot;openssl rand -hex 32&quot;의 출력).</translation>
    </message>
    <message>
        <source>Refusing to serve the control API on %1 without a token: only loopback addresses (127.0.0.1, ::1) are served without one. Store a token with &quot;marketdesk-cli worker set-control-token&quot; (read from standard input) or set %2, or bind 127.0.0.1.</source>
        <translation>토큰 없이 %1에서 제어 API를 제공하지 않습니다: 토큰 없이는 루프백 주소(127.0.0.1, ::1)만 제공합니다. &quot;marketdesk-cli worker set-control-token&quot;(표준 입력에서 읽음)으로 토큰을 저장하거나 %2를 설정하거나, 127.0.0.1에 바인딩하세요.</translation>
    </message>
    <message>
        <source>Requests from web pages (an Origin header, or a Host that is not a loopback address) are refused by a control API without a token.</source>
        <translation>토큰이 없는 제어 API는 웹 페이지에서 온 요청(Origin 헤더가 있거나 Host가 루프백 주소가 아닌 요청)을 거부합니다.</translation>
    </message>
</context>
<context>
    <name>md::control::HttpServer</name>
    <message>
        <source>Cannot serve the control API on %1 port %2: %3. Choose another port or stop the program using it.</source>
        <translation>%1 포트 %2에서 제어 API를 제공할 수 없습니다: %3. 다른 포트를 고르거나 그 포트를 쓰는 프로그램을 중지하세요.</translation>
    </message>
    <message>
        <source>Too many open connections; try again.</source>
        <translation>열린 연결이 너무 많습니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>md::control::RequestParams</name>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1이(가) 두 번 이상 주어졌습니다.</translation>
    </message>
    <message>
        <source>The request body must be one JSON object, e.g. {&quot;from&quot;: &quot;2026-11-01&quot;}.</source>
        <translation>요청 본문은 하나의 JSON 객체여야 합니다. 예: {&quot;from&quot;: &quot;2026-11-01&quot;}.</translation>
    </message>
    <message>
        <source>%1 must be a string or a number.</source>
        <translation>%1은(는) 문자열이나 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1은(는) YYYY-MM-DD 형식의 날짜여야 합니다 (&quot;%2&quot;이(가) 아님).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1은(는) %2부터 %3까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be between 1 and %2 characters.</source>
        <translation>%1은(는) 1자 이상 %2자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown parameter %1; this resource takes %2.</source>
        <translation>알 수 없는 매개변수 %1입니다. 이 리소스는 %2을(를) 받습니다.</translation>
    </message>
</context>
<context>
    <name>md::control::Router</name>
    <message>
        <source>There is no resource %1.</source>
        <translation>%1 리소스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation>%1은(는) %2을(를) 받지 않습니다. %3을(를) 사용하세요.</translation>
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
        <source>The database URL &quot;%1&quot; is not usable: %2</source>
        <translation>데이터베이스 URL &quot;%1&quot;을(를) 사용할 수 없습니다: %2</translation>
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
        <source>unknown option &quot;%1&quot;</source>
        <translation>알 수 없는 옵션 &quot;%1&quot;</translation>
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
    <message>
        <source>Two migration files share version %1.</source>
        <translation>마이그레이션 파일 두 개의 버전이 %1(으)로 같습니다.</translation>
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
        <translation>파일이 UTF-8 또는 Windows-1252 텍스트가 아닙니다 (UTF-16이나 바이너리 파일로 보입니다)</translation>
    </message>
    <message>
        <source>Truncated file or unterminated quote: the quoted field opened on line %1 never closes</source>
        <translation>파일이 잘렸거나 따옴표가 닫히지 않았습니다: %1행에서 시작한 따옴표 필드가 끝나지 않습니다</translation>
    </message>
    <message>
        <source>The record starting on line %1 is longer than %2 bytes (an unterminated quote?)</source>
        <translation>%1행에서 시작하는 레코드가 %2바이트보다 깁니다 (따옴표가 닫히지 않았나요?)</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot; is given for both %2 and %3</source>
        <translation>헤더 이름 &quot;%1&quot;이(가) %2과(와) %3에 모두 지정되었습니다</translation>
    </message>
    <message>
        <source>The column configuration %1 cannot be read: %2</source>
        <translation>열 설정 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>올바른 JSON이 아닙니다: %1 (바이트 %2)</translation>
    </message>
    <message>
        <source>the key &quot;columns&quot; must be an object mapping column names to lists of header names</source>
        <translation>&quot;columns&quot; 키는 열 이름을 헤더 이름 목록에 매핑하는 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;columns&quot;.&quot;%1&quot; is not a G&amp;B column (known: %2)</source>
        <translation>&quot;columns&quot;.&quot;%1&quot;은(는) G&amp;B 열이 아닙니다 (알려진 열: %2)</translation>
    </message>
    <message>
        <source>&quot;columns&quot;.&quot;%1&quot; must be a list of non-empty header names</source>
        <translation>&quot;columns&quot;.&quot;%1&quot;은(는) 비어 있지 않은 헤더 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1: the column %2 appears twice in the header (&quot;%3&quot; in column %4 and &quot;%5&quot; in column %6)</source>
        <translation>%1: 헤더에 열 %2이(가) 두 번 나옵니다 (%4열의 &quot;%3&quot;과 %6열의 &quot;%5&quot;)</translation>
    </message>
    <message>
        <source>%1 (accepted header names: %2)</source>
        <translation>%1 (허용되는 헤더 이름: %2)</translation>
    </message>
    <message>
        <source>a colour column: one of %1 (accepted header names: %2)</source>
        <translation>색상 열: %1 중 하나 (허용되는 헤더 이름: %2)</translation>
    </message>
    <message>
        <source>%1: the header lacks the required column %2</source>
        <translation>%1: 헤더에 필수 열 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1, line %2: %3. The crawl stops; nothing was changed.</source>
        <translation>%1, %2행: %3. 수집을 중단했으며 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>the header must be file;brand;rows;sha256;modified</source>
        <translation>헤더는 file;brand;rows;sha256;modified여야 합니다</translation>
    </message>
    <message>
        <source>expected 5 fields, found %1</source>
        <translation>필드 5개가 있어야 하는데 %1개입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a brand file name (BRAND.csv)</source>
        <translation>&quot;%1&quot;은(는) 브랜드 파일 이름(BRAND.csv)이 아닙니다</translation>
    </message>
    <message>
        <source>rows &quot;%1&quot; is not a number</source>
        <translation>rows &quot;%1&quot;이(가) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>sha256 &quot;%1&quot; is not 64 hex digits</source>
        <translation>sha256 &quot;%1&quot;이(가) 16진수 64자리가 아닙니다</translation>
    </message>
    <message>
        <source>the index is empty</source>
        <translation>인덱스가 비어 있습니다</translation>
    </message>
    <message>
        <source>The feed URL &quot;%1&quot; is not valid.</source>
        <translation>피드 URL &quot;%1&quot;이(가) 올바르지 않습니다.</translation>
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
        <source>The feed folder &quot;%1&quot; does not exist (give a folder holding YYYYMMDD/ day folders, or an http(s):// URL).</source>
        <translation>피드 폴더 &quot;%1&quot;이(가) 없습니다 (YYYYMMDD/ 날짜 폴더가 있는 폴더나 http(s):// URL을 지정하세요).</translation>
    </message>
    <message>
        <source>recording rejected rows</source>
        <translation>거부된 행 기록 중</translation>
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
        <translation>PostgreSQL 드라이버가 연결을 제공하지 않았습니다.</translation>
    </message>
    <message>
        <source>starting COPY into the staging table</source>
        <translation>스테이징 테이블로 COPY 시작 중</translation>
    </message>
    <message>
        <source>sending rows to the staging table</source>
        <translation>스테이징 테이블로 행 전송 중</translation>
    </message>
    <message>
        <source>finishing COPY</source>
        <translation>COPY 마무리 중</translation>
    </message>
    <message>
        <source>loading the staging table</source>
        <translation>스테이징 테이블 불러오는 중</translation>
    </message>
    <message>
        <source>preparing the staging insert</source>
        <translation>스테이징 삽입 준비 중</translation>
    </message>
    <message>
        <source>Sold out at the supplier: this item is no longer available from G&amp;B, so the order line was cancelled. Please tell the customer and refund the line.</source>
        <translation>공급사 품절: G&amp;B에서 더 이상 구할 수 없는 상품이라 주문 항목을 취소했습니다. 고객에게 알리고 해당 항목을 환불해 주세요.</translation>
    </message>
    <message>
        <source>The index of %1 lists no files; nothing was hidden as missing from the feed.</source>
        <translation>%1의 인덱스에 파일이 없습니다. 피드에서 빠진 것으로 숨긴 상품은 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 visible variants are missing from the feed of %3: more than half of the catalogue, which looks like a supplier fault. Nothing was hidden and no order was cancelled; check the feed.</source>
        <translation>%3 피드에서 노출 중인 옵션 %2개 중 %1개가 빠졌습니다. 상품의 절반이 넘어 공급사 오류로 보입니다. 아무것도 숨기지 않았고 주문도 취소하지 않았으니 피드를 확인하세요.</translation>
    </message>
    <message>
        <source>Unknown crawl mode &quot;%1&quot; in the job.</source>
        <translation>작업에 알 수 없는 크롤링 모드 &quot;%1&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>The crawl job&apos;s day &quot;%1&quot; is not a date.</source>
        <translation>크롤링 작업의 날짜 &quot;%1&quot;이(가) 올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>A brand crawl job names no brand.</source>
        <translation>브랜드 크롤링 작업에 브랜드가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>This build has no demo data.</source>
        <translation>이 빌드에는 데모 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot unpack the demo data to %1.</source>
        <translation>데모 데이터를 %1에 풀 수 없습니다.</translation>
    </message>
    <message>
        <source>file %1/%2 %3 — %4 rows, %5 rows/s      </source>
        <translation>파일 %1/%2 %3 — %4행, 초당 %5행      </translation>
    </message>
    <message>
        <source>The crawl job&apos;s claim was lost; the crawl stopped.</source>
        <translation>수집 작업의 점유가 해제되어 수집을 중단했습니다.</translation>
    </message>
    <message>
        <source>Another file of this crawl wrote the same products at the same time.</source>
        <translation>이번 수집의 다른 파일이 같은 상품을 동시에 기록했습니다.</translation>
    </message>
    <message>
        <source>The scheduler of this window was already started.</source>
        <translation>이 창의 스케줄러는 이미 시작되었습니다.</translation>
    </message>
    <message>
        <source>No G&amp;B feed location is set: give the feed folder or its http(s):// address first.</source>
        <translation>G&amp;B 피드 위치가 설정되지 않았습니다. 먼저 피드 폴더나 http(s):// 주소를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>md::gnb::CategoryMappings</name>
    <message>
        <source>Give a supplier brand, a supplier category and an own category such as &quot;가방/숄더백&quot; (levels separated by /, none empty).</source>
        <translation>공급사 브랜드, 공급사 카테고리, 그리고 &quot;가방/숄더백&quot; 같은 자체 카테고리를 지정하세요 (단계는 /로 구분하며 빈 단계는 안 됩니다).</translation>
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
    <message numerus="yes">
        <source>%n file(s) could not be applied; their previous data stays.</source>
        <translation>
            <numerusform>파일 %n개를 적용할 수 없었습니다. 이전 데이터가 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is applied again after a conflict with another file.</source>
        <translation>%1 파일을 다른 파일과의 충돌 뒤에 다시 적용합니다.</translation>
    </message>
</context>
<context>
    <name>md::gnb::FeedParser</name>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1: 파일이 비어 있습니다 (헤더 행 없음)</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: 알 수 없는 열을 무시했습니다: %2</translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows</source>
        <translation>%1: 헤더만 있고 행이 없습니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a negative price</source>
        <translation>%1: &quot;%2&quot;은(는) 음수 가격입니다</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>헤더처럼 필드 %1개가 있어야 하는데 %2개입니다</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 is empty (%2 %3)</source>
        <translation>%1이(가) 비어 있습니다 (%2 %3)</translation>
    </message>
    <message>
        <source>CodArticolo &quot;%1&quot; repeats the row on line %2</source>
        <translation>CodArticolo &quot;%1&quot;이(가) %2행과 중복됩니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large</source>
        <translation>%1: &quot;%2&quot;이(가) 너무 큽니다</translation>
    </message>
    <message>
        <source>%1 line %2: %3 &quot;%4&quot; is negative; stock set to 0</source>
        <translation>%1 %2행: %3 &quot;%4&quot;이(가) 음수라 재고를 0으로 했습니다</translation>
    </message>
</context>
<context>
    <name>md::gnb::FileApplier</name>
    <message>
        <source>%1: its sha256 is %2 but index.csv says %3 (a truncated download or a file replaced during the crawl). The file was not applied; its previous data stays.</source>
        <translation>%1: sha256이 %2이지만 index.csv에는 %3로 되어 있습니다 (다운로드가 잘렸거나 수집 중 파일이 바뀜). 파일을 적용하지 않았으며 이전 데이터가 유지됩니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>md::gnb::HttpFeedSource</name>
    <message>
        <source>No secret store to read the feed&apos;s credentials from.</source>
        <translation>피드 인증 정보를 읽을 비밀 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>No credentials for the feed %1 in the keychain (key &quot;%2&quot;). Store them with marketdesk-cli gnb set-feed-secret --feed %1.</source>
        <translation>키체인에 피드 %1의 인증 정보가 없습니다 (키 &quot;%2&quot;). marketdesk-cli gnb set-feed-secret --feed %1로 저장하세요.</translation>
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
        <translation>작업 %1은(는) 더 이상 %2이(가) 점유하고 있지 않습니다.</translation>
    </message>
    <message>
        <source>Could not queue the job %1: its dedupe key kept changing hands.</source>
        <translation>작업 %1을(를) 대기열에 추가할 수 없습니다: 중복 제거 키의 소유자가 계속 바뀌었습니다.</translation>
    </message>
    <message>
        <source>superseded by queued job %1: %2</source>
        <translation>대기 중인 작업 %1(으)로 대체됨: %2</translation>
    </message>
    <message>
        <source>abandoned by %1 (stopping)</source>
        <translation>%1이(가) 중단하며 포기함</translation>
    </message>
    <message>
        <source>claim by %1 expired (the worker stopped responding)</source>
        <translation>%1의 점유가 만료되었습니다 (워커가 응답하지 않음)</translation>
    </message>
    <message>
        <source>Recording the job run returned no id.</source>
        <translation>작업 실행을 기록했지만 ID가 반환되지 않았습니다.</translation>
    </message>
    <message>
        <source>The job run %1 to finish does not exist.</source>
        <translation>완료할 작업 실행 %1이(가) 없습니다.</translation>
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
        <translation>잠금 %1은(는) 더 이상 %2이(가) 보유하고 있지 않습니다.</translation>
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
    <name>md::marketplaces</name>
    <message>
        <source>Order collection for %1 is not available in this version.</source>
        <translation>이 버전에서는 %1 주문 수집을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The product sync of %1 was cancelled.</source>
        <translation>%1 상품 동기화를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 has no product API to sync listings from; only Cafe24 and Naver accounts can sync products.</source>
        <translation>%1에는 등록 상품을 가져올 상품 API가 없습니다. 상품 동기화는 Cafe24와 Naver 계정만 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::AccountSecrets</name>
    <message>
        <source>Unknown platform &quot;%1&quot;; use one of %2.</source>
        <translation>알 수 없는 플랫폼 &quot;%1&quot;입니다. %2 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>Missing or empty: %1.</source>
        <translation>없거나 비어 있음: %1.</translation>
    </message>
    <message>
        <source>Not expected: %1.</source>
        <translation>예상하지 않은 항목: %1.</translation>
    </message>
    <message>
        <source>The %1 secrets on standard input must be one JSON object with the fields %2 (and optionally %3).</source>
        <translation>%1 비밀 정보는 표준 입력에서 %2 필드를 가진 JSON 객체 하나여야 합니다 (%3은(는) 선택).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>The proxy URL of %1 contains a password. Edit the account to give the URL without it and store the password as its secret &quot;%2&quot;.</source>
        <translation>%1의 프록시 URL에 비밀번호가 들어 있습니다. 계정을 편집해 비밀번호 없는 URL을 지정하고 비밀번호는 비밀 정보 &quot;%2&quot;(으)로 저장하세요.</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::Accounts</name>
    <message>
        <source>An account named &quot;%1&quot; (or a %2 account with seller id &quot;%3&quot;) already exists; choose another name or remove it first with `accounts remove`.</source>
        <translation>&quot;%1&quot; 이름의 계정(또는 판매자 ID가 &quot;%3&quot;인 %2 계정)이 이미 있습니다. 다른 이름을 사용하거나 먼저 `accounts remove`로 삭제하세요.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;; `marketdesk-cli accounts list` shows them.</source>
        <translation>&quot;%1&quot; 이름의 계정이 없습니다. `marketdesk-cli accounts list`로 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Account %1 no longer exists.</source>
        <translation>계정 %1이(가) 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The base URL of account &quot;%1&quot; must be an http:// or https:// address (or empty for the platform&apos;s own).</source>
        <translation>계정 &quot;%1&quot;의 기본 URL은 http:// 또는 https:// 주소여야 합니다 (플랫폼 기본 주소를 쓰려면 비워 두세요).</translation>
    </message>
    <message>
        <source>The base URL of account &quot;%1&quot; contains a password; remove it.</source>
        <translation>계정 &quot;%1&quot;의 기본 URL에 비밀번호가 들어 있습니다. 제거하세요.</translation>
    </message>
    <message>
        <source>The proxy URL of account &quot;%1&quot; contains a password. Give the URL without it (e.g. http://user@proxy:3128) and store the password in the keychain as the account&apos;s secret &quot;%2&quot;.</source>
        <translation>계정 &quot;%1&quot;의 프록시 URL에 비밀번호가 들어 있습니다. 비밀번호 없이 URL을 지정하고 (예: http://user@proxy:3128) 비밀번호는 계정의 비밀 정보 &quot;%2&quot;(으)로 키체인에 저장하세요.</translation>
    </message>
    <message>
        <source>The proxy of account &quot;%1&quot; must be an http:// or socks5:// address with a host (or empty for a direct connection).</source>
        <translation>계정 &quot;%1&quot;의 프록시는 호스트가 있는 http:// 또는 socks5:// 주소여야 합니다 (직접 연결하려면 비워 두세요).</translation>
    </message>
    <message>
        <source>The collection interval of account &quot;%1&quot; must be between %2 and %3 minutes.</source>
        <translation>계정 &quot;%1&quot;의 수집 간격은 %2분에서 %3분 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; was changed elsewhere since it was read; reload it and make the change again.</source>
        <translation>계정 &quot;%1&quot;이(가) 읽은 뒤 다른 곳에서 변경되었습니다. 다시 불러온 뒤 변경하세요.</translation>
    </message>
    <message>
        <source>%1 is disabled: automatic collection skipped. Enable it on the Accounts page or with `marketdesk-cli accounts edit %2 --enable`.</source>
        <translation>%1은(는) 사용 중지 상태라 자동 수집을 건너뛰었습니다. 계정 페이지나 `marketdesk-cli accounts edit %2 --enable`로 다시 사용하세요.</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::OrderCollection</name>
    <message>
        <source>Orders of %1 are already being collected (%2); this run was skipped.</source>
        <translation>%1의 주문을 이미 수집 중입니다 (%2). 이번 실행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Collection of %1 was cancelled.</source>
        <translation>%1 수집을 취소했습니다.</translation>
    </message>
    <message>
        <source>%1: batch %2 saved, %3 orders so far</source>
        <translation>%1: 묶음 %2 저장, 지금까지 주문 %3건</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::ProductSync</name>
    <message>
        <source>Products of %1 are already being synced (%2); this run was skipped.</source>
        <translation>%1의 상품을 이미 동기화하고 있습니다(%2). 이번 실행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>The product sync of %1 was cancelled.</source>
        <translation>%1 상품 동기화를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1: page %2, %3 listing(s); %4 new, %5 changed, %6 unchanged</source>
        <translation>%1: %2페이지, 등록 상품 %3개; 신규 %4, 변경 %5, 변경 없음 %6</translation>
    </message>
    <message>
        <source>Product sync of account &quot;%1&quot;: %2</source>
        <translation>계정 &quot;%1&quot; 상품 동기화: %2</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::cafe24::Cafe24Authorization</name>
    <message>
        <source>No answer from the browser for %1 within %2 seconds; start again and allow access in the browser (the page must come back to %3).</source>
        <translation>%2초 안에 %1에 대한 브라우저 응답이 없었습니다. 다시 시작하고 브라우저에서 접근을 허용하세요 (페이지가 %3(으)로 돌아와야 합니다).</translation>
    </message>
    <message>
        <source>%1 is not a Cafe24 account; only Cafe24 accounts are authorized in the browser (the others use their secrets).</source>
        <translation>%1은(는) Cafe24 계정이 아닙니다. 브라우저 인증은 Cafe24 계정만 합니다 (다른 계정은 비밀 정보를 사용합니다).</translation>
    </message>
    <message>
        <source>Authorization of %1 stopped; nothing was changed.</source>
        <translation>%1 인증을 중단했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::cafe24::Cafe24Authorizer</name>
    <message>
        <source>Cafe24 account %1: cannot listen on 127.0.0.1:%2 for the browser&apos;s redirect; close the program using that port or register another redirect port.</source>
        <translation>Cafe24 계정 %1: 브라우저 리디렉션을 받을 127.0.0.1:%2에서 대기할 수 없습니다. 해당 포트를 쓰는 프로그램을 종료하거나 다른 리디렉션 포트를 등록하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the browser&apos;s answer does not belong to this authorization; start again.</source>
        <translation>Cafe24 계정 %1: 브라우저의 응답이 이 인증 요청에 속하지 않습니다. 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the authorization was refused in the browser (%2).</source>
        <translation>Cafe24 계정 %1: 브라우저에서 인증이 거부되었습니다 (%2).</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the authorization code was refused (it lives one minute); start again.</source>
        <translation>Cafe24 계정 %1: 인증 코드가 거부되었습니다 (유효 시간 1분). 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the token answer is unreadable; start again.</source>
        <translation>Cafe24 계정 %1: 토큰 응답을 읽을 수 없습니다. 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the refresh token could not be saved in the keychain (%2).</source>
        <translation>Cafe24 계정 %1: 리프레시 토큰을 키체인에 저장할 수 없습니다 (%2).</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::cafe24::Cafe24Client</name>
    <message>
        <source>Cafe24 account %1: the answer to %2 is not valid JSON; try again later.</source>
        <translation>Cafe24 계정 %1: %2에 대한 응답이 올바른 JSON이 아닙니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the access token was refused even after renewal; authorize the app again.</source>
        <translation>Cafe24 계정 %1: 갱신 후에도 액세스 토큰이 거부되었습니다. 앱을 다시 인증하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: permission refused (%2): add the scope to the app in the Cafe24 developer center and authorize again.</source>
        <translation>Cafe24 계정 %1: 권한이 거부되었습니다 (%2). Cafe24 개발자 센터에서 앱에 해당 스코프를 추가하고 다시 인증하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1 refused a request: %2</source>
        <translation>Cafe24 계정 %1이(가) 요청을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the mall&apos;s API call limit was reached and retries ran out; the next run continues.</source>
        <translation>Cafe24 계정 %1: 쇼핑몰의 API 호출 한도에 도달했고 재시도 횟수를 모두 썼습니다. 다음 실행에서 이어서 진행합니다.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: %2</source>
        <translation>Cafe24 계정 %1: %2</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the call failed; try again later.</source>
        <translation>Cafe24 계정 %1: 호출에 실패했습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: more than %2 orders share one timestamp; cannot page past them.</source>
        <translation>Cafe24 계정 %1: 같은 시각의 주문이 %2건을 넘어 그 이후 페이지를 가져올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::cafe24::Cafe24Tokens</name>
    <message>
        <source>Cafe24 account %1: another MarketDesk process is renewing the access token and did not finish (%2); try again in a minute.</source>
        <translation>Cafe24 계정 %1: 다른 MarketDesk 프로세스가 액세스 토큰을 갱신하는 중인데 끝나지 않았습니다 (%2). 1분 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: no refresh token in the keychain; authorize the app again from the Accounts page.</source>
        <translation>Cafe24 계정 %1: 키체인에 리프레시 토큰이 없습니다. 계정 페이지에서 앱을 다시 인증하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the refresh token was refused (expired after two weeks or revoked); authorize the app again from the Accounts page.</source>
        <translation>Cafe24 계정 %1: 리프레시 토큰이 거부되었습니다 (2주가 지나 만료되었거나 취소됨). 계정 페이지에서 앱을 다시 인증하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the access token could not be renewed; try again later.</source>
        <translation>Cafe24 계정 %1: 액세스 토큰을 갱신할 수 없습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the token answer is unreadable; authorize the app again if this persists.</source>
        <translation>Cafe24 계정 %1: 토큰 응답을 읽을 수 없습니다. 계속되면 앱을 다시 인증하세요.</translation>
    </message>
    <message>
        <source>Cafe24 account %1: the renewed refresh token could not be saved in the keychain (%2); authorize the app again once the keychain works.</source>
        <translation>Cafe24 계정 %1: 갱신된 리프레시 토큰을 키체인에 저장할 수 없습니다 (%2). 키체인이 작동하면 앱을 다시 인증하세요.</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::naver::NaverClient</name>
    <message>
        <source>getting a Naver access token</source>
        <translation>Naver 액세스 토큰 받는 중</translation>
    </message>
    <message>
        <source>Naver answered the token request with an unreadable body.</source>
        <translation>Naver가 토큰 요청에 읽을 수 없는 본문으로 응답했습니다.</translation>
    </message>
    <message>
        <source>Naver account %1: the answer to %2 is not valid JSON; try again later.</source>
        <translation>Naver 계정 %1: %2에 대한 응답이 올바른 JSON이 아닙니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Naver account %1: IP not allowed: run collection from the fixed-IP worker or set a proxy.</source>
        <translation>Naver 계정 %1: 허용되지 않은 IP입니다. 고정 IP 워커에서 수집을 실행하거나 프록시를 설정하세요.</translation>
    </message>
    <message>
        <source>Naver account %1: the API call limit was reached and retries ran out; the next run continues.</source>
        <translation>Naver 계정 %1: API 호출 한도에 도달했고 재시도 횟수를 모두 썼습니다. 다음 실행에서 이어서 진행합니다.</translation>
    </message>
    <message>
        <source>Naver account %1: the token request was refused for its timestamp: set this computer&apos;s clock right (clock skew).</source>
        <translation>Naver 계정 %1: 타임스탬프 때문에 토큰 요청이 거부되었습니다. 이 컴퓨터의 시계를 맞추세요 (시계 오차).</translation>
    </message>
    <message>
        <source>Naver account %1: the client ID or secret was refused: copy both again from the Naver Commerce API center.</source>
        <translation>Naver 계정 %1: 클라이언트 ID 또는 시크릿이 거부되었습니다. Naver 커머스API센터에서 둘 다 다시 복사하세요.</translation>
    </message>
    <message>
        <source>Naver account %1 refused a request (%2).</source>
        <translation>Naver 계정 %1이(가) 요청을 거부했습니다 (%2).</translation>
    </message>
    <message>
        <source>Naver account %1: %2</source>
        <translation>Naver 계정 %1: %2</translation>
    </message>
    <message>
        <source>Naver account %1: the call failed; try again later.</source>
        <translation>Naver 계정 %1: 호출에 실패했습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Naver account %1: the collection window is empty or invalid.</source>
        <translation>Naver 계정 %1: 수집 기간이 비어 있거나 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>second</source>
        <translation>초</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>an unknown time (Naver sent no quota period)</source>
        <translation>알 수 없는 시각 (Naver가 할당량 기간을 보내지 않음)</translation>
    </message>
    <message>
        <source>Naver account %1: the API call quota (%2 calls per %3) is used up; Naver resets it around %4. Collection resumes with the first scheduled run after that; calling sooner only fails again.</source>
        <translation>Naver 계정 %1: API 호출 할당량(%3당 %2회)을 모두 썼습니다. Naver는 %4 무렵 할당량을 초기화합니다. 그 이후 첫 예약 실행에서 수집이 재개되며, 그 전에 호출하면 다시 실패할 뿐입니다.</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::qoo10::Qoo10Client</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of %2 is missing from the keychain; add the account again with `marketdesk-cli accounts add` (secrets as JSON on standard input).</source>
        <translation>%2의 비밀 정보 &quot;%1&quot;이(가) 키체인에 없습니다. `marketdesk-cli accounts add`로 계정을 다시 추가하세요 (비밀 정보는 표준 입력에 JSON으로).</translation>
    </message>
    <message>
        <source>Qoo10 answered CreateCertificationKey for %1 without a seller key; check the API key, user id and password in the Qoo10 seller centre (QSM) and add the account again.</source>
        <translation>Qoo10이 %1의 CreateCertificationKey에 판매자 키 없이 응답했습니다. Qoo10 판매자 센터(QSM)에서 API 키, 사용자 ID, 비밀번호를 확인하고 계정을 다시 추가하세요.</translation>
    </message>
    <message>
        <source>Qoo10 sent an unreadable answer to %1 for %2; try again later.</source>
        <translation>Qoo10이 %2의 %1에 읽을 수 없는 응답을 보냈습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Qoo10 (%1) cannot be reached for %2: %3 Check the network, the account&apos;s base URL and proxy.</source>
        <translation>Qoo10(%1)에 연결할 수 없습니다 (%2): %3 네트워크와 계정의 기본 URL, 프록시를 확인하세요.</translation>
    </message>
    <message>
        <source>Qoo10 refused access for %1 (HTTP %2): this computer&apos;s IP address may not be allowed for the API key, or the key is wrong. Register the IP in the Qoo10 seller centre (QSM) or run collection on the allowed server.</source>
        <translation>Qoo10이 %1의 접근을 거부했습니다 (HTTP %2). 이 컴퓨터의 IP 주소가 API 키에 허용되지 않았거나 키가 잘못되었을 수 있습니다. Qoo10 판매자 센터(QSM)에 IP를 등록하거나 허용된 서버에서 수집을 실행하세요.</translation>
    </message>
    <message>
        <source>Qoo10 does not accept calls from this computer&apos;s IP address for %1 (%2). Register the IP in the Qoo10 seller centre (QSM) or run collection on the allowed server.</source>
        <translation>Qoo10이 %1에 대해 이 컴퓨터의 IP 주소에서 오는 호출을 받지 않습니다 (%2). Qoo10 판매자 센터(QSM)에 IP를 등록하거나 허용된 서버에서 수집을 실행하세요.</translation>
    </message>
    <message>
        <source>Qoo10 rejects the seller key of %1 even after creating a new one (%2). Check the API key in the Qoo10 seller centre (QSM) and add the account again.</source>
        <translation>Qoo10이 새 판매자 키를 만든 후에도 %1의 판매자 키를 거부합니다 (%2). Qoo10 판매자 센터(QSM)에서 API 키를 확인하고 계정을 다시 추가하세요.</translation>
    </message>
    <message>
        <source>Qoo10 refused the API key, user id or password of %1 (%2). Fix them and add the account again (`accounts remove`, then `accounts add` with the secrets on standard input).</source>
        <translation>Qoo10이 %1의 API 키, 사용자 ID 또는 비밀번호를 거부했습니다 (%2). 수정한 뒤 계정을 다시 추가하세요 (`accounts remove` 후 표준 입력에 비밀 정보를 넣어 `accounts add`).</translation>
    </message>
    <message>
        <source>Qoo10 answered %1 for %2 with error %3 (%4); try again later.</source>
        <translation>Qoo10이 %2의 %1에 오류 %3 (%4)(으)로 응답했습니다. 나중에 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>md::marketplaces::qoo10::Qoo10Collector</name>
    <message>
        <source>The credentials of %1 work, but this computer&apos;s clock is %2 seconds off Qoo10&apos;s; collection windows are computed from it. Turn on automatic time synchronisation (NTP).</source>
        <translation>%1의 인증 정보는 정상이지만 이 컴퓨터의 시계가 Qoo10과 %2초 차이 납니다. 수집 기간은 이 시계로 계산됩니다. 자동 시간 동기화(NTP)를 켜세요.</translation>
    </message>
    <message>
        <source>Collection of %1 was cancelled.</source>
        <translation>%1 수집을 취소했습니다.</translation>
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
    <name>md::models::AccountsModel</name>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Seller id</source>
        <translation>판매자 ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Collected up to</source>
        <translation>수집 완료 시점</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>마지막 실행</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문 수</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>다음 실행</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Skipped: running on %1</source>
        <translation>건너뜀: %1에서 실행 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Queued; a worker runs it</source>
        <translation>대기열에 있음. 워커가 실행합니다</translation>
    </message>
    <message>
        <source>Expected from the interval; nothing queued</source>
        <translation>주기로 계산한 예상 시각 (대기열에 없음)</translation>
    </message>
    <message>
        <source>(platform default)</source>
        <translation>(플랫폼 기본값)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>예약 없음</translation>
    </message>
</context>
<context>
    <name>md::models::CrawlHistoryModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>실행 주체</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Skipped (held by %1)</source>
        <translation>건너뜀 (%1이(가) 실행 중)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>증분</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Queue (#%1)</source>
        <translation>작업 큐 (#%1)</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2개 실패)</translation>
    </message>
</context>
<context>
    <name>md::models::CrawlRejectsModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>파일 전체</translation>
    </message>
</context>
<context>
    <name>md::models::OrderHistoryModel</name>
    <message>
        <source>Changed</source>
        <translation>변경 시각</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>라인</translation>
    </message>
    <message>
        <source>From</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>To</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>md::models::OrderLinesModel</name>
    <message>
        <source>Line</source>
        <translation>라인</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>SKU / variant</source>
        <translation>SKU / 옵션 코드</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Product reference: %1</source>
        <translation>상품 참조: %1</translation>
    </message>
</context>
<context>
    <name>md::models::OrdersModel</name>
    <message>
        <source>Ordered</source>
        <translation>주문 시각</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>수령인</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>라인 수</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
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
    <message>
        <source>Sellable</source>
        <translation>판매 가능</translation>
    </message>
    <message>
        <source>Stock minus what open orders at G&amp;B hold that the feed does not show yet. Worked out for the rows shown, so the table cannot be sorted by it.</source>
        <translation>재고에서 G&amp;B에 들어간 진행 중인 주문 중 피드에 아직 반영되지 않은 수량을 뺀 값입니다. 보이는 행에 대해서만 계산하므로 이 열로는 정렬할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n reserved by open orders</source>
        <translation>
            <numerusform>진행 중인 주문에 %n개 예약됨</numerusform>
        </translation>
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
    <message>
        <source>Reserved</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>판매 가능</translation>
    </message>
    <message numerus="yes">
        <source>%n reserved by open orders</source>
        <translation>
            <numerusform>진행 중인 주문에 %n개 예약됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::naver</name>
    <message>
        <source>The Naver client secret is not a bcrypt salt ($2a$…): copy it again from the Naver Commerce API center.</source>
        <translation>Naver 클라이언트 시크릿이 bcrypt salt($2a$…)가 아닙니다. Naver 커머스API센터에서 다시 복사하세요.</translation>
    </message>
    <message>
        <source>The Naver client secret was refused by bcrypt: copy it again from the Naver Commerce API center.</source>
        <translation>bcrypt가 Naver 클라이언트 시크릿을 거부했습니다. Naver 커머스API센터에서 다시 복사하세요.</translation>
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
        <translation>다운로드를 파일에 다시 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write the downloaded data.</source>
        <translation>내려받은 데이터를 쓸 수 없습니다.</translation>
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
    <message>
        <source>The proxy %1 refused the credentials for user &quot;%2&quot;: check the proxy user in the account&apos;s proxy URL and the proxy password in the keychain.</source>
        <translation>프록시 %1이(가) 사용자 &quot;%2&quot;의 인증 정보를 거부했습니다. 계정 프록시 URL의 사용자와 키체인의 프록시 비밀번호를 확인하세요.</translation>
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
    <message>
        <source>The proxy address contains a password; give it without one (http://user@host:port) and keep the password in the keychain.</source>
        <translation>프록시 주소에 비밀번호가 들어 있습니다. 비밀번호 없이 지정하고 (http://user@host:port) 비밀번호는 키체인에 보관하세요.</translation>
    </message>
</context>
<context>
    <name>md::notify::Webhooks</name>
    <message>
        <source>Unknown webhook kind &quot;%1&quot;; use one of %2.</source>
        <translation>알 수 없는 웹훅 종류 &quot;%1&quot;입니다. %2 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>Unknown webhook event &quot;%1&quot;; use %2.</source>
        <translation>알 수 없는 웹훅 이벤트 &quot;%1&quot;입니다. %2을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>A webhook named &quot;%1&quot; already exists; remove it first with `webhooks remove`.</source>
        <translation>&quot;%1&quot; 이름의 웹훅이 이미 있습니다. 먼저 `webhooks remove`로 삭제하세요.</translation>
    </message>
    <message>
        <source>Webhook %1 no longer exists.</source>
        <translation>웹훅 %1이(가) 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>There is no webhook named &quot;%1&quot;; `marketdesk-cli webhooks list` shows them.</source>
        <translation>&quot;%1&quot; 이름의 웹훅이 없습니다. `marketdesk-cli webhooks list`로 목록을 볼 수 있습니다.</translation>
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
        <translation>OS 키체인 접근이 거부되었습니다 (%1). 키체인을 잠금 해제하고 MarketDesk의 사용을 허용하세요.</translation>
    </message>
    <message>
        <source>The OS keychain could not delete the secret %1 (%2).</source>
        <translation>OS 키체인에서 비밀 정보 %1을(를) 삭제할 수 없습니다 (%2).</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Install/unlock a Secret Service keyring such as GNOME Keyring or KWallet and log in to a desktop session (or run the worker under dbus-run-session with an unlocked keyring); MarketDesk will not store secrets in a plain file.</source>
        <translation>사용할 수 있는 OS 키체인이 없습니다 (%1). GNOME Keyring이나 KWallet 같은 Secret Service 키링을 설치하거나 잠금 해제하고 데스크톱 세션에 로그인하세요 (워커는 잠금 해제된 키링과 함께 dbus-run-session으로 실행). MarketDesk는 비밀 정보를 일반 파일에 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
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
    <name>md::ui::AccountDialog</name>
    <message>
        <source>Collect orders automatically</source>
        <translation>주문 자동 수집</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Empty: the platform&apos;s public API</source>
        <translation>비우면 플랫폼 공개 API</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>플랫폼(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Seller id:</source>
        <translation>판매자 ID(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>프록시(&amp;R):</translation>
    </message>
    <message>
        <source>Collection every:</source>
        <translation>수집 주기:</translation>
    </message>
    <message>
        <source>Secrets (stored only in the OS keychain)</source>
        <translation>비밀 정보 (OS 키체인에만 저장)</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>사용자 ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>클라이언트 시크릿</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>리프레시 토큰</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>계정 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Give the seller (mall) id.</source>
        <translation>판매자(몰) ID를 입력하세요.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>입력 필요: %1.</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>계정 편집</translation>
    </message>
    <message>
        <source>Empty: direct connection; http://user@host:port, no password</source>
        <translation>비우면 직접 연결. http://user@host:port, 비밀번호 없이</translation>
    </message>
    <message>
        <source>only if the proxy needs one</source>
        <translation>프록시에 필요한 경우에만</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>프록시 비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>The name, platform and seller id cannot be changed: the name keys the account&apos;s keychain entries and its collection lease. To rename, add a new account and remove this one. Leave the secrets empty to keep them, or type every one to replace them.</source>
        <translation>이름, 플랫폼, 판매자 ID는 바꿀 수 없습니다. 이름이 계정의 키체인 항목과 수집 잠금의 키이기 때문입니다. 이름을 바꾸려면 새 계정을 추가하고 이 계정을 삭제하세요. 비밀 정보는 비워 두면 그대로 유지되고, 모두 입력하면 교체됩니다.</translation>
    </message>
    <message>
        <source>A proxy password needs a proxy address.</source>
        <translation>프록시 비밀번호를 쓰려면 프록시 주소가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::AccountsPage</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation>계정 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation>계정 삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;fresh Accounts</source>
        <translation>계정 새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>%1: connection works — the credentials were accepted and the API answered.</source>
        <translation>%1: 연결 정상 — 인증 정보가 승인되었고 API가 응답했습니다.</translation>
    </message>
    <message>
        <source>%1: connection test failed.</source>
        <translation>%1: 연결 테스트 실패.</translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation>계정을 추가하지 못했습니다.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; added; its secrets are in the keychain. Use Test Connection to check them.</source>
        <translation>계정 &quot;%1&quot;을(를) 추가했습니다. 비밀 정보는 키체인에 있습니다. 연결 테스트로 확인하세요.</translation>
    </message>
    <message>
        <source>The account was not added: its secrets could not be stored.</source>
        <translation>계정을 추가하지 못했습니다: 비밀 정보를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; (%2) and its secrets from the keychain? Its orders stay.</source>
        <translation>계정 &quot;%1&quot;(%2)과(와) 키체인의 비밀 정보를 삭제할까요? 주문은 남습니다.</translation>
    </message>
    <message>
        <source>The account was not removed.</source>
        <translation>계정을 삭제하지 못했습니다.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; and its secrets removed.</source>
        <translation>계정 &quot;%1&quot;과(와) 비밀 정보를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 테스트 중…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>계정 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>The account was not changed.</source>
        <translation>계정을 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing to change in &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 바꿀 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>The account&apos;s settings were saved but its secrets were not.</source>
        <translation>계정 설정은 저장했지만 비밀 정보는 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>계정 &quot;%1&quot;을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>A&amp;uthorize with Cafe24…</source>
        <translation>Cafe24 인증(&amp;U)…</translation>
    </message>
    <message>
        <source>Open the Cafe24 login in the browser and store the refresh token it grants</source>
        <translation>브라우저에서 Cafe24 로그인을 열고 발급된 리프레시 토큰을 저장합니다</translation>
    </message>
    <message>
        <source>Stop A&amp;uthorizing</source>
        <translation>인증 중단(&amp;U)</translation>
    </message>
    <message>
        <source>Waiting for Cafe24: log in to the mall&apos;s admin in the browser and allow access. If no browser opened, open %1</source>
        <translation>Cafe24를 기다리는 중: 브라우저에서 쇼핑몰 관리자로 로그인하고 접근을 허용하세요. 브라우저가 열리지 않았다면 %1 을(를) 여세요</translation>
    </message>
    <message>
        <source>No browser could be opened; open the address shown below the table yourself.</source>
        <translation>브라우저를 열 수 없습니다. 표 아래에 보이는 주소를 직접 여세요.</translation>
    </message>
    <message>
        <source>%1 is authorized; its new refresh token is in the keychain.</source>
        <translation>%1 인증을 마쳤습니다. 새 리프레시 토큰이 키체인에 있습니다.</translation>
    </message>
    <message>
        <source>%1 was not authorized.</source>
        <translation>%1 인증을 하지 못했습니다.</translation>
    </message>
    <message>
        <source>Authorizing %1…</source>
        <translation>%1 인증 중…</translation>
    </message>
</context>
<context>
    <name>md::ui::CollectionPanel</name>
    <message>
        <source>&amp;Collect Now</source>
        <translation>지금 수집(&amp;C)</translation>
    </message>
    <message>
        <source>Collect the selected account&apos;s orders now (Ctrl+Shift+R)</source>
        <translation>선택한 계정의 주문을 지금 수집 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collection&lt;/b&gt;</source>
        <translation>&lt;b&gt;수집&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Queue: %1 collection(s) waiting, %2 job(s) in all, %3 running</source>
        <translation>대기열: 수집 %1건 대기, 전체 작업 %2건, 실행 중 %3건</translation>
    </message>
    <message>
        <source>Collecting orders: %1</source>
        <translation>주문 수집 중: %1</translation>
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
    <name>md::ui::CrawlControls</name>
    <message>
        <source>Send the API key stored in the keychain</source>
        <translation>키체인에 저장된 API 키 전송</translation>
    </message>
    <message>
        <source>&amp;Run crawl</source>
        <translation>크롤링 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel crawl</source>
        <translation>크롤링 취소</translation>
    </message>
    <message>
        <source>Folder holding YYYYMMDD/ folders, or an https:// address</source>
        <translation>YYYYMMDD/ 폴더가 있는 폴더 또는 https:// 주소</translation>
    </message>
    <message>
        <source>Basic auth user (optional; the password is in the keychain)</source>
        <translation>Basic 인증 사용자 (선택, 비밀번호는 키체인에 있음)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the feed folder</source>
        <translation>피드 폴더 선택</translation>
    </message>
    <message>
        <source>The supplier&apos;s day folder to read (today in Italy by default)</source>
        <translation>읽을 공급사 날짜 폴더 (기본값: 이탈리아 기준 오늘)</translation>
    </message>
    <message>
        <source>Full: every file of the day</source>
        <translation>전체: 그날의 모든 파일</translation>
    </message>
    <message>
        <source>Incremental: only changed files</source>
        <translation>증분: 변경된 파일만</translation>
    </message>
    <message>
        <source>Chosen brands</source>
        <translation>선택한 브랜드</translation>
    </message>
    <message>
        <source>Filter brands</source>
        <translation>브랜드 검색</translation>
    </message>
    <message>
        <source>Start the crawl in this window (Ctrl+R)</source>
        <translation>이 창에서 크롤링 시작 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Feed:</source>
        <translation>피드(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>방식(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Brands:</source>
        <translation>브랜드(&amp;B):</translation>
    </message>
    <message>
        <source>G&amp;B feed folder</source>
        <translation>G&amp;B 피드 폴더</translation>
    </message>
    <message>
        <source>Give the feed location (and, for chosen brands, at least one brand)</source>
        <translation>피드 위치를 입력하세요 (선택한 브랜드 방식이면 브랜드를 하나 이상 선택)</translation>
    </message>
    <message>
        <source>Reading the index…</source>
        <translation>인덱스를 읽는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>파일 %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1/%2행</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>초당 %1행</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>약 %n초 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Queue for workers</source>
        <translation>워커 대기열에 추가(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop the crawl at its next check; the file in progress is rolled back (Esc)</source>
        <translation>다음 확인 시점에 크롤링을 멈춥니다. 처리 중인 파일은 되돌립니다 (Esc)</translation>
    </message>
    <message>
        <source>Let a worker (marketdesk-cli worker) run this crawl with its own feed settings</source>
        <translation>워커(marketdesk-cli worker)가 자체 피드 설정으로 이 크롤링을 실행합니다</translation>
    </message>
</context>
<context>
    <name>md::ui::CrawlRunner</name>
    <message>
        <source>A crawl started from this window is still running.</source>
        <translation>이 창에서 시작한 크롤링이 아직 실행 중입니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::CrawlSchedulePanel</name>
    <message>
        <source>daily full crawl</source>
        <translation>매일 전체 크롤링</translation>
    </message>
    <message>
        <source>after the previous crawl</source>
        <translation>이전 크롤링 이후</translation>
    </message>
    <message>
        <source>a mapping changed</source>
        <translation>매핑 변경</translation>
    </message>
    <message>
        <source>queued by hand</source>
        <translation>수동으로 대기열 추가</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Crawl</source>
        <translation>크롤링</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Reading the schedule…</source>
        <translation>일정을 읽는 중…</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>증분</translation>
    </message>
    <message>
        <source>Brands: %1</source>
        <translation>브랜드: %1</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>No crawl is running.</source>
        <translation>실행 중인 크롤링이 없습니다.</translation>
    </message>
    <message>
        <source>A crawl is running on %1.</source>
        <translation>%1에서 크롤링이 실행 중입니다.</translation>
    </message>
    <message>
        <source>Running now: %1 crawl on %2.</source>
        <translation>실행 중: %2에서 %1 크롤링.</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>가능한 한 빨리</translation>
    </message>
    <message>
        <source>Next run: none queued.</source>
        <translation>다음 실행: 대기 중인 크롤링 없음.</translation>
    </message>
    <message>
        <source>Next run: %1, as soon as a worker is free (%2).</source>
        <translation>다음 실행: %1, 워커가 비는 대로 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1 at %2, in %n min (%3).</source>
        <translation>
            <numerusform>다음 실행: %1, %2 (%n분 후, %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>never queued yet</source>
        <translation>아직 대기열에 추가된 적 없음</translation>
    </message>
    <message>
        <source>last queued for %1</source>
        <translation>마지막 추가: %1</translation>
    </message>
    <message>
        <source>This window runs the schedule (as %1), sharing the queue with the workers.</source>
        <translation>이 창이 스케줄을 실행합니다(%1). 워커와 같은 대기열을 함께 씁니다.</translation>
    </message>
    <message>
        <source>This window does not run the schedule; workers (marketdesk-cli worker) or other desktops do.</source>
        <translation>이 창은 스케줄을 실행하지 않습니다. 워커(marketdesk-cli worker)나 다른 데스크톱이 실행합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Daily full crawl at %1 (%2): next %3, %4. Then an incremental crawl %n min after each crawl ends.</source>
        <translation>
            <numerusform>매일 %1(%2)에 전체 크롤링: 다음 %3, %4. 이후 각 크롤링이 끝나고 %n분 뒤에 증분 크롤링.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::CrawlsPage</name>
    <message>
        <source>Refres&amp;h</source>
        <translation>새로 고침(&amp;H)</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>지금 실행</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Select a run to see its error and rejected rows.</source>
        <translation>실행을 선택하면 오류와 거부된 행이 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;History of crawls (every desktop and worker):</source>
        <translation>크롤링 기록(&amp;H) (모든 데스크톱과 워커):</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <source>Rejected rows: the first %1</source>
        <translation>거부된 행: 처음 %1개</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>거부된 행: %1개</translation>
    </message>
    <message>
        <source>G&amp;B crawl</source>
        <translation>G&amp;B 크롤링</translation>
    </message>
    <message>
        <source>Crawl finished: %1 file(s), %2 rows, %3 inserted, %4 updated, %5 rejected.</source>
        <translation>크롤링 완료: 파일 %1개, %2행, 추가 %3, 변경 %4, 거부 %5.</translation>
    </message>
    <message>
        <source>The crawl was cancelled. Files applied before the cancel stay; the file in progress was rolled back.</source>
        <translation>크롤링이 취소되었습니다. 취소 전에 반영된 파일은 유지되고, 처리 중이던 파일은 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Skipped: the crawl&apos;s lease was held by %1.</source>
        <translation>건너뜀: %1이(가) 크롤링 잠금을 갖고 있었습니다.</translation>
    </message>
    <message>
        <source>Still running.</source>
        <translation>아직 실행 중입니다.</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>오류 없음.</translation>
    </message>
    <message>
        <source>The G&amp;B crawl started %1 on %2 failed: %3</source>
        <translation>%2에서 %1에 시작한 G&amp;B 크롤링이 실패했습니다: %3</translation>
    </message>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
    <message>
        <source>G&amp;B crawl failed</source>
        <translation>G&amp;B 크롤링 실패</translation>
    </message>
    <message>
        <source>The crawl was queued; a worker runs it when it is free.</source>
        <translation>크롤링을 대기열에 추가했습니다. 워커가 비는 대로 실행합니다.</translation>
    </message>
    <message>
        <source>The same crawl is already queued.</source>
        <translation>같은 크롤링이 이미 대기 중입니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::DemoImport</name>
    <message>
        <source>Loading demo data</source>
        <translation>데모 데이터 불러오는 중</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %n product(s).</source>
        <translation>
            <numerusform>데모 데이터를 불러왔습니다: 상품 %n개.</numerusform>
        </translation>
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
    <name>md::ui::InWindowScheduler</name>
    <message>
        <source>Run the &amp;schedule in this window</source>
        <translation>이 창에서 스케줄 실행(&amp;S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Queue the day&apos;s first full crawl and the incremental crawls, and run queued crawls, in this window while it is open. Workers (marketdesk-cli worker) and other desktops share the same queue: each job still runs once, on whichever is free first.</source>
        <translation>이 창이 열려 있는 동안 그날의 첫 전체 크롤링과 증분 크롤링을 대기열에 넣고, 대기 중인 크롤링을 이 창에서 실행합니다. 워커(marketdesk-cli worker)와 다른 데스크톱도 같은 대기열을 쓰므로 각 작업은 먼저 비는 곳에서 한 번만 실행됩니다.</translation>
    </message>
    <message>
        <source>Stop running the schedule here; the crawl in progress is cancelled at its next check and goes back to the queue for a worker</source>
        <translation>이 창에서 스케줄 실행을 멈춥니다. 진행 중인 크롤링은 다음 확인 시점에 취소되고 워커가 실행하도록 대기열로 돌아갑니다</translation>
    </message>
    <message>
        <source>Time of the day&apos;s first full crawl (%1)</source>
        <translation>그날의 첫 전체 크롤링 시각(%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Minutes between the end of one incremental crawl and the start of the next</source>
        <translation>증분 크롤링이 끝난 뒤 다음 크롤링을 시작할 때까지의 분</translation>
    </message>
    <message>
        <source>Daily full crawl at:</source>
        <translation>매일 전체 크롤링 시각:</translation>
    </message>
    <message>
        <source>Incremental every:</source>
        <translation>증분 크롤링 간격:</translation>
    </message>
    <message>
        <source>The daily crawl time &quot;%1&quot; (setting %2) is not HH:MM.</source>
        <translation>매일 크롤링 시각 &quot;%1&quot;(설정 %2)이(가) HH:MM 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; (setting %2) is unknown; use an IANA name such as Europe/Rome.</source>
        <translation>시간대 &quot;%1&quot;(설정 %2)을(를) 알 수 없습니다. Europe/Rome 같은 IANA 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>The incremental interval (setting %1) must be a positive number of minutes.</source>
        <translation>증분 크롤링 간격(설정 %1)은 양수인 분 단위여야 합니다.</translation>
    </message>
    <message>
        <source>The schedule queued job %1 (%2).</source>
        <translation>스케줄이 작업 %1(%2)을(를) 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <source>Running job %1 (%2)…</source>
        <translation>작업 %1(%2) 실행 중…</translation>
    </message>
    <message>
        <source>Running job %1: %2</source>
        <translation>작업 %1 실행 중: %2</translation>
    </message>
    <message>
        <source>Job %1 done; waiting for the next job.</source>
        <translation>작업 %1 완료. 다음 작업을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Job %1 did not succeed; waiting for the next job.</source>
        <translation>작업 %1이(가) 성공하지 못했습니다. 다음 작업을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>The scheduled job %1 (%2) run in this window did not succeed: %3</source>
        <translation>이 창에서 실행한 예약 작업 %1(%2)이(가) 성공하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Job %1 waits: the crawl&apos;s lease is %2.</source>
        <translation>작업 %1 대기 중: 크롤링 잠금이 %2입니다.</translation>
    </message>
    <message>
        <source>This window runs the schedule as %1; waiting for jobs.</source>
        <translation>이 창이 %1(으)로 스케줄을 실행합니다. 작업을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Stopping: the job in progress is cancelled and goes back to the queue…</source>
        <translation>중지하는 중: 진행 중인 작업은 취소되고 대기열로 돌아갑니다…</translation>
    </message>
    <message>
        <source>The schedule is not run in this window.</source>
        <translation>이 창에서는 스케줄을 실행하지 않습니다.</translation>
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
            <numerusform>(외 %n건)</numerusform>
        </translation>
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
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Crawls</source>
        <translation>크롤링</translation>
    </message>
    <message>
        <source>G&amp;B crawls: run, schedule, history (Ctrl+%1)</source>
        <translation>G&amp;B 크롤링: 실행, 일정, 기록 (Ctrl+%1)</translation>
    </message>
</context>
<context>
    <name>md::ui::OrderFilterBar</name>
    <message>
        <source>From</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Only orders of these Korean calendar days</source>
        <translation>이 기간(한국 날짜)의 주문만</translation>
    </message>
    <message>
        <source>Order no., buyer or receiver</source>
        <translation>주문번호, 구매자 또는 수령인</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>모든 플랫폼</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>모든 계정</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
</context>
<context>
    <name>md::ui::OrdersChart</name>
    <message>
        <source>No orders in this range.</source>
        <translation>이 기간에는 주문이 없습니다.</translation>
    </message>
    <message>
        <source>Orders per day and platform</source>
        <translation>플랫폼별 일일 주문</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문 수</translation>
    </message>
</context>
<context>
    <name>md::ui::OrdersPage</name>
    <message>
        <source>&amp;Lines</source>
        <translation>주문 라인(&amp;L)</translation>
    </message>
    <message>
        <source>Status &amp;history</source>
        <translation>상태 이력(&amp;H)</translation>
    </message>
    <message>
        <source>Orders per &amp;day</source>
        <translation>일별 주문(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xport Orders to CSV…</source>
        <translation>주문을 CSV로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Refresh &amp;Orders</source>
        <translation>주문 새로 고침(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) collected.</source>
        <translation>
            <numerusform>%1: 주문 %n건 수집.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation>주문 수 세는 중…</translation>
    </message>
    <message>
        <source>%1 order(s)</source>
        <translation>주문 %1건</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>주문 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>이미 내보내기가 실행 중입니다.</translation>
    </message>
    <message>
        <source>Exporting orders</source>
        <translation>주문 내보내는 중</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>주문 %n건을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
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
            <numerusform>이미지 %n개가 암호화되지 않은 http://를 사용합니다.</numerusform>
        </translation>
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
            <numerusform>상품 %n개</numerusform>
        </translation>
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
            <numerusform>상품 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
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
            <numerusform>약 %n초 남음</numerusform>
        </translation>
    </message>
</context>
</TS>
