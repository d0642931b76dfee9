# Integra — 中文. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## 应用及其语言
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = 中文
picker-title = 请选择语言

## 操作
action-back = 返回
action-dismiss = 关闭
action-search = 搜索
action-open-card = 打开信息卡

## 通知
notice-catalog-built = 已用应用自带的数据在本设备上准备好目录，用时 { $seconds } 秒。无需联网即可使用。
notice-catalog-rebuilt = 本设备上的目录文件已损坏，因此已将其移到一边，并用应用自带的数据重新准备。您的设置和等待发送的消息均已保留。

## 首页
search-label = 您在找什么？
search-placeholder = 例如：意大利语课程、医生、住房、工作
home-areas = 按主题查找服务
home-more = 更多
nav-associations = 移民协会
nav-learn = 学习意大利语
nav-reports = 关于移民社群和就业的报告
nav-news = 新闻
nav-help = 帮助和热线
nav-settings = 设置和信息
helpline-short = 有问题？请拨打免费热线。
helpline-call = 拨打 { $number }
data-status = { $source } · { $services } 项服务 · 更新于 { $date } · 可离线使用
data-sample = 示例数据
data-official = 官方数据

## 地点
place-label = 地点：
place-none = 选择地点
place-near = { $place } 附近
place-title = 您在哪里？
place-privacy = 您的地点只保存在本设备上，仅用于按距离排列服务。
place-search-label = 市镇（comune）
place-placeholder = 例如：Prato
place-no-match = 没有找到相符的市镇。请检查拼写，或试试附近的城镇。
place-use-position = 使用我的位置
place-locating = 正在查找您的位置…
place-position-unavailable = 无法获取您的位置。请选择一个城镇。
place-forget = 忘记我的地点

## 结果
results-count = { $count ->
    [0] 没有结果
   *[other] { $shown } 个结果
}
results-show-map = 在地图上显示
search-failed = 搜索失败。
filters-title = 筛选
filters-active = { $count ->
   *[other] 已启用 { $shown } 个筛选
}
filter-open-now = 正在营业
filter-free = 免费
filter-no-documents = 无需证件
filter-area = 主题
filter-target-group = 服务对象
filter-language = 使用的语言
filter-any-language = 任何语言
filter-territory = 大区
filter-all-italy = 意大利全境
filter-radius = 范围
filter-radius-any = 不限距离
filter-clear = 清除所有筛选
filter-kind = 显示
filter-kind-service = 服务
filter-kind-learning_resource = 课程
filter-kind-organization = 协会
row-kind-service = 服务
row-kind-learning_resource = 课程
row-kind-organization = 协会
results-mentions = 以下结果只在描述中提到您的搜索词：
sort-label = 排序方式
sort-distance = 距离
sort-relevance = 最相关
distance-m = { $m } 米
distance-km = { $km } 公里
distance-about = 约 { $distance }
distance-in-comune = 位于 { $comune }
languages-spoken = 使用的语言
badge-free = 免费
badge-no-documents = 无需证件
badge-sample = 示例
sample-explained = 示例记录：用于展示应用如何使用，并非真实的服务。
open-now = 正在营业
closed-now = 现在关门
hours-unknown = 开放时间不详：请先打电话

## 没有结果
empty-title = 什么也没找到
empty-check-words = 请检查拼写，或使用更少、更简单的词。
empty-widen = 在 { $distance } 范围内搜索
empty-any-distance = 不限距离搜索
empty-drop-filter = 取消筛选：{ $filter }
empty-helpline = 免费热线可以帮您找到服务。
empty-area-none-title = 应用中还没有“{ $area }”主题的记录
empty-area-none = 本应用收录官方开放数据：CPIA 的意大利语课程、公立学校和医院。门户网站关于这一主题的记录尚未发布，将随更新一起提供。

## 翻页
pager-label = 页面
pager-previous = 上一页
pager-next = 下一页
pager-page = 第 { $page } 页，共 { $pages } 页

## 地图
map-title = 结果地图
map-pins = { $count ->
   *[other] 地图上有 { $shown } 个地点
}
map-zoom-region = 缩放到大区
map-zoom-province = 缩放到省
map-whole-region = 整个大区
map-attribution = 边界：ISTAT、Openpolis（CC BY 4.0）。地图可离线使用。

## 服务信息卡
card-description = 提供的服务
card-contacts = 地址和联系方式
card-directions = 路线
card-osm = 在 OpenStreetMap 中打开
card-call = 打电话
card-no-phone = 来源没有提供此地点的电话号码。免费热线可以帮助您：
card-hours = 开放时间
card-details = 详细信息
card-documents = 需要携带的证件
card-no-documents = 无需证件
card-not-stated = 未说明
card-cost = 费用
card-paid = 收费
card-eligibility = 谁可以使用
card-how-to-apply = 如何办理
card-target-groups = 服务对象
card-service-area = 服务区域
card-verified = 最近核实
card-qr = 此信息卡的二维码（QR）
card-qr-hint = 用手机扫描，即可保存地址、电话和开放时间。
card-save = 保存
card-unsave = 取消保存
card-report-correction = 报告更正
card-updated = 记录更新于 { $date }
card-source = 来源：{ $publisher }，“{ $dataset }”，数据 { $date }，许可 { $licence }
card-source-portal = 来源：Portale Integrazione Migranti（编辑部和各大区联络人）
card-source-geonames = 邮政编码（CAP）位置：{ $attribution }
card-position-comune = 大致位置：地图显示的是 { $comune } 的中心，不是建筑本身。前往之前请先核对地址。
card-position-postcode = 大致位置：地图显示的是 { $comune } 邮政编码（CAP）{ $postcode } 的区域，不是建筑本身。前往之前请先核对地址。
kind-title = 这是什么地方
kind-cpia-site = CPIA（省成人教育中心）是一所公立成人学校。在这里，任何国籍的成年人从 16 岁起都可以从零开始学习意大利语，直到 A2 水平，还可以考取意大利初中毕业文凭（licenza media）。课程何时开始、如何报名，请向本教学点或 CPIA 的办公室咨询。
kind-school-infanzia = 公立幼儿园（scuola dell'infanzia），招收 3 至 6 岁的儿童。不属于义务教育。
kind-school-primaria = 公立小学（scuola primaria），招收 6 至 11 岁的儿童。6 至 16 岁的所有儿童都必须上学。
kind-school-secondaria-1 = 公立初中（scuola secondaria di primo grado，即“scuola media”），招收 11 至 14 岁的孩子。6 至 16 岁的所有儿童都必须上学。
kind-school-secondaria-2 = 公立高中（liceo、技术学校或职业学校），招收 14 至 19 岁的青少年。16 岁以前都必须上学。
kind-school-enrolment = 在意大利生活的每一位未成年人，都可以在一年中的任何时候报名进入公立学校，即使没有居留许可（permesso di soggiorno）也可以：学校不能因此拒绝其入学。报名请联系学校的办公室（segreteria）。
kind-adult-secondary = 公立高中为成人开设的夜间课程（第二级课程），完成后可获得毕业文凭。持有意大利初中毕业文凭（licenza media）或同等学历的成年人可以报名：请向学校的办公室咨询。
kind-hospital = 国家医疗服务体系的医院（公立医院，或与公立医院同等的私立医院）。紧急情况请拨打 112。即使没有居留许可（permesso di soggiorno），也保证提供紧急和基本医疗（凭 STP 代码）。
kind-private-clinic = 私立医疗机构（casa di cura）。有些为国家医疗服务体系提供服务，有些只提供收费服务：前往之前，请先询问您是否需要付费。紧急情况请拨打 112。
place-kind-cpia-site = CPIA：成人意大利语
place-kind-school-infanzia = 幼儿园
place-kind-school-primaria = 小学
place-kind-school-secondaria-1 = 初中
place-kind-school-secondaria-2 = 高中
place-kind-adult-secondary = 成人夜校
place-kind-hospital = 医院
place-kind-private-clinic = 私立医疗机构
service-not-active = 已停用
italian-fallback = 没有您的语言版本：以意大利语显示。
hours-not-stated = 未说明开放时间：前往之前请先打电话。
hours-open-until =
    { $when ->
        [today] 正在营业，到 { $time }
        [week] 正在营业，{ hours-weekday-on } { $time } 关门
       *[later] 正在营业，{ $date } { $time } 关门
    }
hours-closed-opens =
    { $when ->
        [today] 现在关门，今天 { $time } 开门
        [week] 现在关门，{ hours-weekday-on } { $time } 开门
       *[later] 现在关门，{ $date } { $time } 开门
    }
hours-closed-day = 关门
hours-appointment = 需预约
record-missing = 目录中已没有这条记录。
record-failed = 无法读取这条记录。

## 星期和月份
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
hours-weekday-on = { $weekday ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
   *[sunday] 星期日
}
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
date-long = { $year }年{ $month }{ $day }日

## 服务机构使用的语言
spoken-it = 意大利语
spoken-en = 英语
spoken-fr = 法语
spoken-es = 西班牙语
spoken-sq = 阿尔巴尼亚语
spoken-ar = 阿拉伯语
spoken-zh = 中文
spoken-pa = 旁遮普语
spoken-ru = 俄语
spoken-tl = 他加禄语
spoken-uk = 乌克兰语
spoken-ro = 罗马尼亚语
spoken-bn = 孟加拉语
spoken-ur = 乌尔都语
spoken-wo = 沃洛夫语
spoken-de = 德语
spoken-pt = 葡萄牙语
spoken-fa = 波斯语
spoken-ti = 提格利尼亚语
spoken-so = 索马里语
spoken-hi = 印地语

## 协会
assoc-intro = 由移民背景人士组成的协会，遍布意大利各地。任何人都可以报告新的协会或要求更正。
assoc-report-new = 报告新的协会
assoc-search-placeholder = 协会名称
assoc-community = 社群
assoc-any-community = 任何社群
assoc-community-other = 其他社群或多个社群
assoc-region = 大区
assoc-activities = 活动
assoc-any-activity = 任何活动
assoc-count = { $count ->
    [0] 没有找到协会
   *[other] { $shown } 个协会
}
assoc-ask-change = 要求更正或删除
assoc-change-correction = 有错误或缺少信息
assoc-change-removal = 该协会已不存在：请删除
assoc-new-intro = 请告诉我们一个还没有在地图上的协会。编辑会在发布前核查每一份报告。
assoc-name = 协会名称
assoc-comune = 市镇（comune）
assoc-comune-match = 已识别：{ $place }
assoc-description = 协会做什么（可选）

## 表格
correction-title = 报告更正
correction-message = 需要更正什么？
correction-message-hint = 例如：电话号码变了、开放时间变了、办公室搬了。
form-email = 电子邮箱
form-email-optional = 您的电子邮箱，如需回复（可选）
form-phone = 电话
form-website = 网站
form-submit = 发送
form-offline-note = 无需联网：您的消息会先保存在本设备上，有网络连接时再发送。
form-saved-outbox = 已保存。设备联网后将发送。
form-save-failed = 无法保存您的消息。
form-error-required = 此项为必填。
form-error-too-long = 太长：最多 { $max } 个字符。
form-error-too-short = 太短：至少 { $max } 个字符。
form-error-control = 含有不能使用的字符。
form-error-email = 这不是有效的电子邮箱地址。
form-error-phone = 这不是有效的电话号码。
form-error-url = 这不是有效的网址（应以 https:// 开头）。
form-error-comune = 无法识别此市镇（comune）。
form-error-contact = 请至少提供一种联系协会的方式：电子邮箱、电话或网站。
service-report-new = 报告一项服务
service-report-intro = 您是否知道某个面向外国人的办公室、课程或服务，但本应用中没有？请告诉我们。编辑会在发布前核查每一份报告。
service-report-name = 服务或办公室名称
service-report-comune = 所在市镇（comune）
service-report-area = 主题
service-report-what = 提供什么服务？面向哪些人？
service-report-what-hint = 例如：每周二和周四晚上为成人开设的免费意大利语课程。
service-report-address = 地址（可选）

## 待发送
outbox-title = 待发送的消息
outbox-intro = 您在本设备上提交的报告。设备联网后会发送给门户网站的编辑。
outbox-empty = 没有等待发送的内容。
outbox-open = 打开
outbox-pending = { $count ->
    [0] 没有等待发送的内容
   *[other] { $shown } 条消息等待发送
}
outbox-state-pending = 等待发送
outbox-attempts = { $count ->
   *[other] 已尝试 { $count } 次
}
outbox-kind-correction = 服务更正
outbox-kind-new_association = 新协会
outbox-kind-association_correction = 协会更正
outbox-kind-association_removal = 删除协会
outbox-kind-new_service = 新服务

## 学习意大利语
learn-intro = 公立成人学校（CPIA）的意大利语课程、网上课程、应用和书籍。
learn-cpia-near = 您附近 CPIA 的意大利语课程
learn-level = 级别
learn-any-level = 任何级别
learn-kind = 类型
learn-any-kind = 任何类型
learn-levels-explained = 级别依据欧洲语言共同参考框架：A1 和 A2 为初学者，B1 和 B2 为独立使用者。
learn-count = { $count ->
    [0] 什么也没找到
   *[other] { $shown } 项资源
}
learn-offline = 可离线使用
learn-taught-in = 授课语言

## 报告和新闻
reports-intro = 关于意大利主要外国人社群和劳动力市场的年度报告摘要。每份摘要都可以用本应用的任何一种语言阅读。
reports-labour = 劳动力市场
reports-communities = 社群
report-read-in = 阅读语言
news-none = 没有新闻。

## 帮助
help-helpline-title = 免费热线 803.001
help-helpline-body = 提供多种语言的外国人服务信息。固定电话和手机拨打均免费。
help-protection-title = 国际保护（庇护）
help-protection-body = 如果您害怕回到自己的国家，可以申请国际保护。申请须在警察局（Questura）或边境提出，免费。
help-protection-where = 服务机构可以帮助您准备申请并找到法律咨询。
help-qualifications-title = 学历和资格认证
help-qualifications-body = 在国外获得的文凭、学位或职业资格，可以在意大利获得认证，用于学习或工作。
help-qualifications-where = 就业服务机构和 CPIA 会说明由哪个部门负责以及需要哪些文件。
help-find-services = 查找服务
help-emergency-title = 紧急情况
help-emergency-body = 遇到危险或医疗紧急情况时，请随时拨打 112，免费。
help-privacy-link = 隐私和来源

## 设置和关于
settings-language = 语言
settings-data = 本设备上的数据
settings-count-services = { $count ->
   *[other] { $shown } 项服务
}
settings-count-associations = { $count ->
   *[other] { $shown } 个协会
}
settings-count-learning = { $count ->
   *[other] { $shown } 项学习资源
}
settings-offline = 这里显示的所有内容都保存在本设备上，无需联网即可使用。
privacy-title = 隐私
privacy-body = 您的地点、搜索内容和保存的内容永远不会离开本设备。本应用没有数据分析，也没有广告。
privacy-submissions = 只有您选择发送的报告（更正、新协会）会发给门户网站的编辑，如果您提供了电子邮箱，也会一并发送。
sources-title = 来源和许可
sources-istat = 市镇列表：ISTAT（意大利国家统计局），CC BY 4.0。
sources-openpolis = 坐标和边界：Openpolis，基于 ISTAT 数据，CC BY 4.0。
sources-official = 记录：{ $publisher }，“{ $dataset }”（{ $date }），许可 { $licence }。
sources-geonames = 邮政编码（CAP）位置：{ $attribution }。
sources-fonts = 字体：Noto（Google），SIL Open Font License 1.1。
sources-sample = 目前显示的服务、协会和课程是生成的示例数据，放在真实的市镇中；它们都标有“示例”。
sources-app = Integra 是 Portale Integrazione Migranti 的应用，是自由软件（EUPL 1.2）。

## 更新（签名数据源）
sync-title = 更新
sync-origin = 数据
sync-origin-local = 在本设备上准备
sync-publication = 发布版本
sync-publication-value = 第 { $seq } 号，{ $date }
sync-last-check = 上次检查
sync-never = 从未
sync-last-problem = 上次出现的问题
sync-update-now = 立即更新
sync-not-configured = 此应用副本没有更新地址：它使用应用自带的数据。
sync-sideload = 从文件夹或 USB 闪存盘加载更新
sync-sideload-hint = 请将更新文件（manifest.json 及其文件夹）复制到 USB 闪存盘，然后在此处填写该文件夹。这些文件的检查方式与下载完全相同。
sync-sideload-button = 从文件夹加载
sync-phase-checking = 正在检查更新…
sync-phase-downloading = 正在下载…
sync-phase-verifying = 正在检查文件…
sync-phase-applying = 正在保存新数据…
sync-phase-done = 完成
sync-updated = 已更新到第 { $seq } 号发布版本。
sync-up-to-date = 数据已是最新。
sync-error-network = 无法连接更新服务器。您的数据没有被更改；稍后会再次尝试。
sync-error-signature = 无法验证此更新；您的数据没有被更改。
sync-error-expired = 提供的更新已过期；您的数据没有被更改。
sync-error-rollback = 提供的更新比您现有的数据更旧；您的数据没有被更改。
sync-error-app-too-old = 此更新需要较新版本的应用；您的数据没有被更改。
sync-error-corrupt = 更新文件已损坏；您的数据没有被更改。
sync-error-no-feed = 在该位置没有找到更新；您的数据没有被更改。
sync-error-storage = 无法在本设备上保存新数据；您的数据没有被更改。
outbox-state-rejected = 已被编辑拒绝
outbox-send-now = 立即发送
outbox-sent = { $count ->
    [0] 目前无法发送任何内容：稍后会再次尝试。
   *[other] 已发送 { $shown } 条消息。
}
sent-title = 已发送的消息
sent-intro = 编辑部对从本设备发送的消息所作的决定。
sent-state-received = 已收到，等待编辑部处理
sent-state-accepted = 已接受
sent-state-rejected = 未被接受
sent-reason = 原因：{ $reason }
sent-clear = 清空列表
