# Accessibility: skip link, landmarks, the accessibility statement, read aloud.

skip-to-content = 跳到主要内容
nav-main-label = 主导航
footer-label = 关于本应用
footer-accessibility = 无障碍声明
a11y-title = 无障碍声明
a11y-intro = 本声明适用于 Portale Integrazione Migranti 的 Integra 应用，依据意大利第 4/2004 号法律和 AgID 关于信息工具无障碍的指南（WCAG 2.1，AA 级）。
a11y-status-title = 符合情况
a11y-status-body = 本应用部分符合要求：自动检查（axe-core）在意大利语、阿拉伯语和中文的所有页面上均未发现严重或关键问题；整个应用都可以用键盘操作，焦点清晰可见。下列限制仍然存在。
a11y-limits-title = 已知限制
a11y-limit-map = 结果地图只是一幅图：同样的结果也在列表中，附有地址和距离。
a11y-limit-voices = 朗读功能使用设备上安装的语音：某些语言可能没有语音。
a11y-limit-italian = 有些信息卡只有意大利语版本：它们有标注，并为读屏软件标记为意大利语文本。
a11y-feedback-title = 反馈与联系
a11y-feedback-body = 如需报告无障碍问题或索取无障碍形式的信息，请在信息卡上使用“{ card-report-correction }”，或拨打免费热线。
a11y-enforcement = 如果对答复不满意，可以按照第 4/2004 号法律规定的程序向意大利数字化局（AgID）提出。
a11y-date = 本声明于 { $date } 通过自我评估编写。
speech-read-aloud = 朗读
speech-stop = 停止朗读
speech-no-voice = 此设备没有{ $language }语音：文字仍显示在屏幕上。
speech-unavailable = 此设备无法朗读。
