<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CaseDialog</name>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>&amp;Basic data</source>
      <translation>基本信息(&amp;B)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>&amp;History</source>
      <translation>历史(&amp;H)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>&amp;Workflow</source>
      <translation>流程(&amp;W)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>A&amp;ttachments</source>
      <translation>附件(&amp;T)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Current status</source>
      <translation>当前状态</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Demolish-first priorities</source>
      <translation>六先拆</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Discovery</source>
      <translation>发现情况</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Next step</source>
      <translation>下一环节</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Only the steps the workflow allows from the current status are offered. Each asks for the data it needs; the step is written when the case is saved.</source>
      <translation>只列出当前状态下流程允许的环节。每个环节会要求填写所需信息；保存案件时写入该环节。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Party and building</source>
      <translation>当事人与建筑</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Pending step (written on save)</source>
      <translation>待办环节（保存时写入）</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Step data</source>
      <translation>环节信息</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Steps so far</source>
      <translation>已办环节</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>With&amp;draw step</source>
      <translation>撤回环节(&amp;D)</translation>
    </message>
  </context>
  <context>
    <name>CasePanel</name>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Overdue only</source>
      <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Priority</source>
      <translation>六先拆(&amp;P)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Status</source>
      <translation>状态(&amp;S)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Township</source>
      <translation>乡镇(街道)(&amp;T)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Case number, party or address</source>
      <translation>案件编号、当事人或地址</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Double-click a case, or press Enter, to zoom to it and open it</source>
      <translation>双击案件或按回车键，缩放到该案件并打开</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>No project database is loaded.</source>
      <translation>尚未加载治违数据库。</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Read the cases again from the project database</source>
      <translation>从治违数据库重新读取案件</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>S&amp;earch</source>
      <translation>搜索(&amp;E)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Stale</source>
      <translation>停滞</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>&amp;Create a new project database</source>
      <translation>新建治违数据库(&amp;C)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>&amp;Open an existing project database</source>
      <translation>打开已有治违数据库(&amp;O)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Coordinate &amp;reference system</source>
      <translation>坐标参考系(&amp;R)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>County &amp;division code</source>
      <translation>县级行政区划代码(&amp;D)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Create or open a project database</source>
      <translation>新建或打开治违数据库</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Database &amp;file</source>
      <translation>数据库文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Over&amp;write the file if it exists</source>
      <translation>文件已存在时覆盖(&amp;W)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>The 6-digit administrative division code of the county; case numbers start with it.</source>
      <translation>本县6位行政区划代码，案件编号以此开头。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>The layers of the database are added to the map in the group “两违治理”.</source>
      <translation>数据库的图层将加入地图的“两违治理”图层组。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>What do you want to do?</source>
      <translation>请选择操作</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>e.g. 330624</source>
      <translation>如 330624</translation>
    </message>
  </context>
  <context>
    <name>InspectionDialog</name>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;1 Inspection</source>
      <translation>&amp;1 检查</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;2 Ground</source>
      <translation>&amp;2 地基</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;3 Members</source>
      <translation>&amp;3 构件</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;4 Appraisal and measures</source>
      <translation>&amp;4 鉴定与措施</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;Findings</source>
      <translation>检查情况(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;Kind *</source>
      <translation>检查类型(&amp;K) *</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;Widest settlement crack (mm)</source>
      <translation>最大沉降裂缝(mm)(&amp;W)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>An appraised grade is recorded by an appraisal or a recheck; it becomes the house's appraisal (status: appraised).</source>
      <translation>鉴定等级由安全鉴定或复查录入，并成为房屋的鉴定结果（鉴定状态：已鉴定）。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Appraisal &amp;agency</source>
      <translation>鉴定机构(&amp;A)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Appraised &amp;grade</source>
      <translation>鉴定等级(&amp;G)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>C&amp;racks over 5 mm</source>
      <translation>大于5mm裂缝数(&amp;R)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Co&amp;llapse risk (close and evacuate at once)</source>
      <translation>存在倒塌风险（立即封闭并撤离）(&amp;L)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Co&amp;py the counts of the last inspection</source>
      <translation>复制上次检查的构件统计(&amp;P)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Ground indicators (JGJ 125-2016 stage 1). Leave a field empty when it was not measured: only measured values count.</source>
      <translation>地基指标（JGJ 125-2016 第一阶段）。未测量的项目请留空：只计入已测量的数值。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Ins&amp;pector</source>
      <translation>检查人(&amp;P)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Inspected &amp;on *</source>
      <translation>检查日期(&amp;O) *</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>JGJ 125 grade (computed)</source>
      <translation>JGJ 125 等级（计算）</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Measures taken (added to the house's measures)</source>
      <translation>已采取措施（加入房屋的整治措施）</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Mont&amp;hs of settlement</source>
      <translation>持续沉降月数(&amp;H)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Next steps</source>
      <translation>应办事项</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Patrol, screening, appraisal or recheck. Only an appraisal or a recheck can give an appraised grade.</source>
      <translation>日常巡查、隐患初判、安全鉴定或复查。只有安全鉴定或复查才能给出鉴定等级。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Record a house inspection</source>
      <translation>录入房屋检查</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Required measures</source>
      <translation>应采取措施</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Sc&amp;reening</source>
      <translation>隐患初判(&amp;R)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Screening (computed)</source>
      <translation>隐患初判（计算）</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Se&amp;ttlement (mm/month)</source>
      <translation>沉降速率(mm/月)(&amp;T)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Settlement o&amp;ngoing</source>
      <translation>沉降未停止(&amp;N)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Sli&amp;ding (mm)</source>
      <translation>滑移量(mm)(&amp;D)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Sliding on&amp;going</source>
      <translation>滑移未停止(&amp;G)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>T&amp;ilt (%)</source>
      <translation>倾斜率(%)(&amp;I)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>The inspector's own screening class; the computed class is never milder.</source>
      <translation>检查人员自己的初判结果；计算结果不会比它轻。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>What was seen: cracks, leaks, alterations, use …</source>
      <translation>所见情况：裂缝、渗漏、改建、用途……</translation>
    </message>
  </context>
  <context>
    <name>Liangwei</name>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>&amp;Add files…</source>
      <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>&amp;Day</source>
      <translation>日期(&amp;D)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>&amp;Note (optional)</source>
      <translation>说明(&amp;N)（选填）</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>&amp;Note (required: this step needs a written reason) *</source>
      <translation>说明(&amp;N)（必填：此环节需要写明理由）*</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>&amp;Open</source>
      <translation>打开(&amp;O)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>&amp;Period</source>
      <translation>统计期(&amp;P)</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>&amp;Remove</source>
      <translation>移除(&amp;R)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>(assigned on save)</source>
      <translation>（保存时生成）</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>(none yet)</source>
      <translation>（暂无）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <location filename="../ui/inspection_dialog.py" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>(not given)</source>
      <translation>（未填写）</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>(outside the zones)</source>
      <translation>（不在行政区划内）</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>(registered as a clue when first saved)</source>
      <translation>（首次保存时登记为线索）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>, zones {}</source>
      <translation>，区划 {}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>, {} basement storey(s)</source>
      <translation>，地下{}层</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>A layout report is saved as a .pdf file: {}</source>
      <translation>布局报表须保存为 .pdf 文件：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>A login name has 1 to 63 bytes, no spaces around it, and does not start with pg_ or lw_; “{}” is not one.</source>
      <translation>登录名为 1 至 63 字节,首尾不能有空格,且不能以 pg_ 或 lw_ 开头;“{}”不符合要求。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>A new case needs its polygon: draw it on the map.</source>
      <translation>新案件需要图斑：请在地图上绘制。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>A new, empty GeoPackage is created for the county and its layers are added to the map in the group “两违治理”.</source>
      <translation>为本县新建一个空的 GeoPackage 数据库，并将其图层加入地图的“两违治理”图层组。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>A project database is a GeoPackage: the file name must end in .gpkg ({}).</source>
      <translation>治违数据库是 GeoPackage 文件，文件名须以 .gpkg 结尾（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>A schema name is 1 to 40 lower-case letters, digits or _, starting with a letter, e.g. county_330624; “{}” is not one.</source>
      <translation>模式名称由 1 至 40 个小写字母、数字或下划线组成,以字母开头,如 county_330624;“{}”不符合要求。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>A township code has 9 digits, e.g. 330624100; “{}” is not one.</source>
      <translation>乡镇代码为 9 位数字,如 330624100;“{}”不符合要求。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Actor</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Add photos and documents</source>
      <translation>添加照片和文件</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>After survey</source>
      <translation>后期调查</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>All cases, closed too</source>
      <translation>全部案件(含已结案)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>All open cases</source>
      <translation>全部未结案件</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>All required measures are on the house record.</source>
      <translation>应采取的措施均已记录在房屋信息中。</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>All townships</source>
      <translation>全部乡镇(街道)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Annual demolition quota field (m²)</source>
      <translation>年度拆违任务字段（m²）</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Another user</source>
      <translation>其他用户</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Any priority flag</source>
      <translation>不限六先拆类型</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Appraised grade: {}</source>
      <translation>鉴定等级：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Approved construction (permits)</source>
      <translation>已批准建设(许可)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Assessment</source>
      <translation>考核</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Assessment per zone</source>
      <translation>分区考核结果</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Assign townships and villages</source>
      <translation>赋乡镇、村代码</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Automatic (UTF-8 or GBK)</source>
      <translation>自动(UTF-8 或 GBK)</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Basement {}</source>
      <translation>地下{}层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Before survey</source>
      <translation>前期调查</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>Both “{}” and “{}” are mapped to “{}”: map one field to it.</source>
      <translation>“{}”和“{}”都对应到“{}”：只能有一个字段对应到它。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Building changes</source>
      <translation>房屋变化</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Building footprints after</source>
      <translation>后期房屋轮廓</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Building footprints before</source>
      <translation>前期房屋轮廓</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>CRS of the coordinates (empty: EPSG:4490)</source>
      <translation>坐标的坐标参考系(留空：EPSG:4490)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Campaign start (default: the database setting)</source>
      <translation>行动开始日期(默认:数据库设置)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Canceled after {} of {} features: the output is incomplete.</source>
      <translation>已在处理 {} 个要素（共 {} 个）后取消：输出不完整。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Canceled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Canceled: no database was written.</source>
      <translation>已取消，未写入数据库。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <source>Canceled: no report was written.</source>
      <translation>已取消：未生成报表。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Canceled: no statistics were written.</source>
      <translation>已取消:未输出统计结果。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Canceled: nothing was imported, the database is as it was.</source>
      <translation>已取消：未导入任何数据，数据库保持不变。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Canceled: nothing was written back, the database is as it was.</source>
      <translation>已取消：未写回任何内容，数据库保持原样。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Canceled: the check is incomplete.</source>
      <translation>已取消：检查未完成。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Canceled: the output holds only the cases checked so far.</source>
      <translation>已取消:输出仅包含已检查的案件。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Canceled: the output holds only the changes found so far.</source>
      <translation>已取消:输出仅包含已发现的变化。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Canceling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Cannot use the connection “{}”: {}</source>
      <translation>无法使用连接“{}”:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Case ledger (XLSX)</source>
      <translation>案件台账(XLSX)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Case panel</source>
      <translation>案件面板</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Case records (PDF)</source>
      <translation>一案一档(PDF)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Case {}</source>
      <translation>案件 {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Case {} (feature {})</source>
      <translation>案件 {}（要素 {}）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Case {} (feature {}) cannot be transformed for measuring: {}</source>
      <translation>案件 {}（要素 {}）无法转换坐标以进行量算：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Case {} (feature {}) has no geometry: its spatial flags are kept as they were.</source>
      <translation>案件 {}（要素 {}）没有几何图形：其空间标注保持原值。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Case {} is not in the database {}. Nothing was written back.</source>
      <translation>案件 {} 不在数据库 {} 中。未写回任何内容。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Case {} saved.</source>
      <translation>案件 {} 已保存。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Case {}: the database refused the new flags ({}). Nothing was written back.</source>
      <translation>案件 {}：数据库拒绝了新的标注（{}）。未写回任何内容。</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Cases imported</source>
      <translation>导入案件数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Cases imported: {}, duplicates: {}, rejected: {}.</source>
      <translation>导入案件：{}，重复：{}，拒绝：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Cases touching a prohibited class: 0 of {}.</source>
      <translation>涉及禁止建设分区的案件:0 件(共 {} 件)。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Cases touching a prohibited class: {} of {}: {}</source>
      <translation>涉及禁止建设分区的案件:{} 件(共 {} 件):{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Cases written back</source>
      <translation>写回的案件数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Cases: {}. Flags set: cadre {}, four sides {}, obstructs {}, unsafe {}, typical {}, farmland {}.</source>
      <translation>案件 {} 件。标注：党员干部 {}，四边 {}，妨碍建设 {}，影响安全 {}，突出典型 {}，侵占耕地 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Change parts smaller than {:g} m² dropped: {}.</source>
      <translation>已舍弃小于 {:g} m² 的变化部分:{} 处。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Changes: {} new, {} expanded, {} raised, {} demolished.</source>
      <translation>变化:新建 {} 处,扩建 {} 处,加层 {} 处,拆除 {} 处。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Changing the coordinate reference system does not reproject the layers of this database.</source>
      <translation>更改坐标参照系不会对本数据库的图层进行投影转换。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Check date (empty: today)</source>
      <translation>检查日期（留空为今天）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Check date {}; a case is stale after {} days without an event.</source>
      <translation>检查日期 {}；案件超过 {} 天无办理环节即为停滞。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Check planning conflicts</source>
      <translation>规划冲突检查</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Checks the violations, houses and zones of a project database and lists every problem found, one row each.

Problems (the field “problem” holds the key, “message” says it in words):
invalid_geometry — the geometry is invalid;
empty_geometry — the feature has no geometry;
missing_field — a mandatory field is empty (the required fields of the database, and the township of cases and houses);
township_mismatch / village_mismatch — the township or village code is not the zone the feature lies in (largest overlap with the zones layer; the village is compared when the township agrees);
outside_zones — the feature lies outside every township and village;
overlapping_open_cases — two open cases overlap by more than 0.01 m² (each pair once, on the case with the lower feature id; the message names both);
stale_case — an open case has had no event for more than the stale days before the check date (read from the case events of the violations layer's database; skipped when the violations layer is not a project database table);
d_house_without_measures — a house appraised D (整幢危房) has no rectification measure.

Stale days: left at 30, the database's setting “Days without an event before a case is stale” (stale_days, 30 unless changed) is used; any other value is used as entered. Check date: today when empty.

Output: a point layer in the CRS of the violations layer with the fields layer, feature_id, code (case number, house code or zone code), problem and message. The point is a point on the problem feature (for an overlap, on the overlapping area); a feature without a usable geometry gives a row without geometry. The log counts the problems of each kind. Nothing in the database is changed.</source>
      <translation>检查治违数据库中的违建图斑、房屋和行政区划，逐条列出发现的每个问题。

问题（字段“problem”为问题代码，“message”为文字说明）：
invalid_geometry — 几何图形无效；
empty_geometry — 要素没有几何图形；
missing_field — 必填字段为空（数据库的必填字段，以及案件和房屋的乡镇）；
township_mismatch / village_mismatch — 乡镇或村（社区）代码与要素所在区划不符（按与行政区划图层的最大重叠判断；乡镇相符时再比较村）；
outside_zones — 要素位于所有乡镇和村（社区）之外；
overlapping_open_cases — 两件未结案件重叠超过 0.01 m²（每对只报一次，记在要素编号较小的案件上，说明中写明两件案件）；
stale_case — 未结案件在检查日期前超过停滞天数没有办理环节（读取违建图斑图层所在数据库的案件环节；违建图斑图层不是治违数据库中的表时跳过）；
d_house_without_measures — 鉴定为 D 级（整幢危房）的房屋没有整治措施。

停滞天数：保持 30 时采用数据库设置“案件停滞天数”（stale_days，未修改时为 30）；其他数值按输入使用。检查日期：留空为今天。

输出：违建图斑图层坐标系下的点图层，字段为 layer、feature_id、code（案件编号、房屋编码或区划代码）、problem 和 message。点位于问题要素上（重叠问题位于重叠区域上）；没有可用几何图形的要素输出为无几何的记录。日志统计每类问题的数量。不修改数据库中的任何内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Choose a PostgreSQL connection.</source>
      <translation>请选择一个 PostgreSQL 连接。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Choose a coordinate reference system, e.g. EPSG:4490 (CGCS2000).</source>
      <translation>请选择坐标参考系，如 EPSG:4490（CGCS2000）。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Choose at least one township.</source>
      <translation>请至少选择一个乡镇(街道)。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Choose the field for “{}”.</source>
      <translation>请选择“{}”。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Choose the field of the planning layer holding the class.</source>
      <translation>请选择规划图层中保存分区类别的字段。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>Choose the file of the project database.</source>
      <translation>请选择治违数据库文件。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Choose the file of the report ({}).</source>
      <translation>请选择报表文件({})。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Choose the file of the report.</source>
      <translation>请选择报表文件。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Choose the layer “{}” of a project database.</source>
      <translation>请选择治违数据库中的“{}”图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Choose the zones layer.</source>
      <translation>请选择行政区划图层。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Click a self-built house on the map to record an inspection: member counts and ground indicators, with the screening class and the JGJ 125 grade computed as you type.</source>
      <translation>在地图上点击一栋自建房以录入检查：构件统计和地基指标，录入时即时计算隐患初判和JGJ 125等级。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Click a violation on the map to open its case.</source>
      <translation>在地图上点击违建图斑以打开其案件。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Co&amp;py the counts of the inspection of {}</source>
      <translation>复制{}检查的构件统计(&amp;P)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Compares two building-footprint surveys (before and after) and lists what changed: new buildings, extensions, added storeys and demolitions.

Before / After: building footprint polygons, each in any CRS. The overlay is done in the CRS of the after survey, or in the local CGCS2000 Gauss–Krüger zone when that CRS is geographic; areas are ellipsoidal m² whatever the CRS. The output is in the CRS of the after survey.
Permits (optional): polygons of approved construction.
Zones (optional): the zones layer of a project database; each change gets the township and village holding most of it.
Minimum area: change parts smaller than this (m²) are dropped and counted in the log.
Storeys fields (optional): storeys above ground in each survey.

Rule: an after footprint continues an existing building when before footprints cover at least the smaller of the minimum area and 10 % of it. new: an after footprint continuing no building; the change is its part not covered by before footprints. expanded: the part of a continuing footprint outside the before footprints. raised: a continuing footprint with more storeys than the before footprint it overlaps most; the change is the whole footprint. demolished: the part of a before footprint not covered by any after footprint.

Output fields: change_type, area_m2 (ellipsoidal area of the change), storeys_before, storeys_after, permitted_share (share of the change covered by permits, 0 to 1; 0 without permits), township_code, village_code, before_fid, after_fid. A change covered by permits is still listed, with permitted_share 1.

An invalid polygon is repaired when the repair changes its area by less than 1 %; otherwise it is skipped and named in the log.</source>
      <translation>比较前后两期房屋轮廓调查,列出变化:新建、扩建、加层和拆除。

前期 / 后期:房屋轮廓面,坐标参照系不限。叠加分析在后期调查的坐标参照系中进行;若其为地理坐标,则在当地 CGCS2000 高斯–克吕格投影带中进行;面积一律为椭球面积(m²)。输出采用后期调查的坐标参照系。
许可(可选):已批准建设的范围面。
行政区划(可选):治违数据库的行政区划图层;每处变化归入占其面积最大的乡镇和村。
最小面积:小于该值(m²)的变化部分被舍弃,并在日志中计数。
层数字段(可选):各期调查的地上层数。

规则:后期轮廓被前期轮廓覆盖的面积不小于“最小面积”与其自身面积 10 % 中的较小者时,视为原有房屋的延续。new(新建):不延续任何房屋的后期轮廓,变化为其未被前期轮廓覆盖的部分。expanded(扩建):延续房屋的后期轮廓超出前期轮廓的部分。raised(加层):层数多于与其重叠最大的前期轮廓的延续轮廓,变化为整个轮廓。demolished(拆除):前期轮廓未被任何后期轮廓覆盖的部分。

输出字段:change_type、area_m2(变化的椭球面积)、storeys_before、storeys_after、permitted_share(变化被许可覆盖的比例,0 至 1;无许可图层时为 0)、township_code、village_code、before_fid、after_fid。被许可完全覆盖的变化仍会列出,permitted_share 为 1。

无效的面在修复后面积变化小于 1 % 时予以修复,否则跳过并在日志中注明。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Coordinate reference system</source>
      <translation>坐标参照系</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Coordinates: {} and {}, in {}.</source>
      <translation>坐标：{} 和 {}，坐标参考系 {}。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>County &amp;&amp; CRS</source>
      <translation>县与坐标系</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>County division code (6 digits)</source>
      <translation>县级行政区划代码(6位)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>County schema</source>
      <translation>县级模式</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Create a new project database for a county, or open an existing one, and add its layers to the map</source>
      <translation>为本县新建治违数据库或打开已有数据库，并将其图层加入地图</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Create county database on PostGIS</source>
      <translation>在 PostGIS 上新建全县共享数据库</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Create project database</source>
      <translation>新建治违数据库</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Create township role</source>
      <translation>新建乡镇角色</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <location filename="../ui/case_panel.py" />
      <source>Create/open project database</source>
      <translation>新建/打开治违数据库</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Created the county database {}.</source>
      <translation>已新建全县数据库 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Created the demo county database {}.</source>
      <translation>已创建演示县数据库 {}。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Created the project database {} for county {} ({}).</source>
      <translation>已创建治违数据库 {}（县代码 {}，坐标系 {}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Created the project database {}.</source>
      <translation>已创建治违数据库 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Created the reference data {} in {} s: {}.</source>
      <translation>已生成参考数据 {}，用时 {} 秒：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Creates a project database filled with a made-up county for training, demonstrations and tests: townships and villages with their boundaries and quotas, violation cases at every stage of the workflow with their case events, and self-built houses with inspections, appraisals and rectification.

Seed: the same seed and numbers always give the same county.
Townships, villages, violations: how many to make.
Houses: how many self-built houses; 0 means three per violation.
Overwrite: an existing file is only replaced when this is ticked.
Reference data (optional): a second GeoPackage with what a county keeps beside its project database: roads, railways, rivers, hills, farmland, planning zones, planned projects, the building surveys of 2023 and 2024 with their changes, construction permits and a batch of satellite change polygons in the provincial field layout (JCBH, XZQDM, JCMJ…). It is made for the same county and the same seed.

Areas are computed on the ellipsoid. The database is written to a temporary file and moved into place at the end: when the run fails or is canceled, no file is left behind and an existing file is not touched. The database is not added to the map: open it with “Create/open project database”.</source>
      <translation>新建一个治违数据库，填入一个虚构的县，供培训、演示和测试使用：含乡镇、村及其边界和拆违任务，处于办案流程各环节的违建案件及其案件环节记录，以及带有检查、鉴定和整治记录的自建房。

随机种子：种子和数量相同，生成的县总是相同。
乡镇数、村数、违建数：各生成多少。
自建房数：生成多少栋自建房；0 表示每宗违建三栋。
覆盖：勾选后才会替换已有文件。
参考数据（可选）：另一个 GeoPackage，存放县里在治违数据库之外保存的资料：道路、铁路、河流、山体、耕地、规划分区、规划项目、2023 年和 2024 年两期建筑普查及其变化、建设许可，以及按省级字段格式（JCBH、XZQDM、JCMJ……）提供的一批卫片变化图斑。参考数据与数据库对应同一个县、同一个种子。

面积按椭球面计算。数据库先写入临时文件，完成后再移到目标位置：运行失败或取消时不会留下文件，已有文件也不受影响。数据库不会加入地图，请用“新建/打开治违数据库”打开。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Creates an empty Liangwei project database: one GeoPackage file holding the zones, violations, case events, attachments, self-built houses and their inspections, the settings of the county and the default layer styles.

County division code: the 6-digit administrative division code of the county, e.g. 330624. Case numbers start with it.
CRS: the coordinate reference system of the stored geometries; the default EPSG:4490 (CGCS2000) suits a whole county. Areas are always computed on the ellipsoid, whatever the CRS.
Overwrite: an existing file is only replaced when this is ticked.

The file is built in a temporary file and moved into place at the end, so a failure never leaves a half-made database. It is not added to the map: open it with “Create/open project database” to get its styled layers.</source>
      <translation>新建一个空的治违数据库：一个 GeoPackage 文件，包含行政区划、违建图斑、案件环节、附件、自建房及其检查记录、本县设置和默认图层样式。

县级行政区划代码：本县的6位行政区划代码，如 330624，案件编号以此开头。
坐标参考系：几何数据的存储坐标系；默认的 EPSG:4490（CGCS2000）适用于全县。无论采用何种坐标系，面积始终按椭球面计算。
覆盖：勾选后才会替换已有文件。

数据库先在临时文件中生成，完成后再移到目标位置，失败时不会留下不完整的数据库。数据库不会加入地图，请用“新建/打开治违数据库”打开，以加载带样式的图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Creates the Liangwei county database in a new schema of a PostgreSQL/PostGIS database, for a county whose office and township offices edit the same cases at the same time: the same tables, rules and workflow as a project GeoPackage, with case numbers, the audit trail and the rights of each office kept by the database itself, whatever client writes.

Connection: a PostgreSQL connection saved in QGIS (Browser › PostgreSQL › New Connection) to a database with the PostGIS extension. Its role must be allowed to create schemas in the database and to create roles (CREATEROLE), e.g. the database owner.
Schema: the name of the new schema, lower-case letters, digits and _ (e.g. county_330624). An existing schema is never touched.
County division code: the 6-digit code of the county; case numbers start with it.
CRS: the coordinate reference system of the geometries (default EPSG:4490, CGCS2000).

Also creates the group roles lw_&lt;schema&gt;_county_admin (everything), lw_&lt;schema&gt;_county_viewer (reads everything, also the audit trail), lw_&lt;schema&gt;_township_editor and lw_&lt;schema&gt;_township_viewer; give people logins that are members of them. Use “Create township role” for each township's editors and viewers. Default layer styles go to the table layer_styles, where QGIS finds them.

Everything is created in one transaction: a failure leaves nothing behind.</source>
      <translation>在 PostgreSQL/PostGIS 数据库的一个新模式中新建两违治理全县数据库,供县局与各乡镇办公室同时编辑同一批案件:表、规则与流程与项目 GeoPackage 相同,案件编号、审计日志和各办公室的权限均由数据库本身维护,无论用哪种客户端写入。

数据库连接:在 QGIS 中保存的 PostgreSQL 连接(浏览器 › PostgreSQL › 新建连接),其数据库须已安装 PostGIS 扩展。该连接的角色须有权在数据库中创建模式并创建角色(CREATEROLE),例如数据库所有者。
模式名称:新模式的名称,由小写字母、数字和下划线组成(如 county_330624)。已有的模式不会被改动。
县级行政区划代码:县的 6 位代码,案件编号以此开头。
坐标参照系:几何图形的坐标参照系(默认 EPSG:4490,CGCS2000)。

同时新建组角色 lw_&lt;schema&gt;_county_admin(全部权限)、lw_&lt;schema&gt;_county_viewer(查看全部,包括审计日志)、lw_&lt;schema&gt;_township_editor 和 lw_&lt;schema&gt;_township_viewer;请为每个人建立属于这些角色的登录名。各乡镇的编辑和查看角色用“新建乡镇角色”建立。默认图层样式写入 layer_styles 表,QGIS 会从那里读取。

全部内容在一个事务中创建:失败时不留下任何东西。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Creates the database role of one township's editors or viewers in a county database on PostGIS (made with “Create county database on PostGIS”), and optionally a login that is a member of it.

Township code: the 9-digit code of a township, street or park in the zones.
Kind: editors read the whole county and write only the cases and houses (with their events, attachments and inspections) of their township; viewers read.
Login and password (optional): the person's database login; it is created when it does not exist, otherwise it becomes a member of the role (its password is changed only when one is given). Note that QGIS keeps the parameters of a run, the password too, in its Processing history: leave it empty and set it with psql's \password if that matters.

The role is called lw_&lt;schema&gt;_&lt;township code&gt;_&lt;kind&gt;. PostgreSQL itself enforces it (row-level security, grants and triggers), in QGIS and in any other client. The connection's role needs CREATEROLE.</source>
      <translation>在 PostGIS 上的全县数据库(由“在 PostGIS 上新建全县共享数据库”建立)中,新建某一乡镇的编辑或查看角色,并可同时建立属于该角色的登录名。

乡镇代码:区划中某乡镇、街道或园区的 9 位代码。
类型:编辑可查看全县,只能修改本乡镇的案件和房屋(及其环节、附件和检查记录);查看只能查看。
登录名和密码(可选):此人的数据库登录名;不存在时新建,已存在时将其加入该角色(仅在填写密码时修改其密码)。注意 QGIS 会在处理历史中保存运行参数,包括密码:如有顾虑,请留空,之后用 psql 的 \password 设置。

角色名为 lw_&lt;schema&gt;_&lt;township code&gt;_&lt;kind&gt;。由 PostgreSQL 本身(行级安全、授权和触发器)在 QGIS 和任何其他客户端中强制执行。连接使用的角色需要 CREATEROLE 权限。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Creating the county database {} for county {} in {}…</source>
      <translation>正在新建全县数据库 {}(县 {},坐标参照系 {})…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Creating the project database for county {}…</source>
      <translation>正在为县 {} 新建治违数据库…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Creating {} for county {} in {}…</source>
      <translation>正在新建 {}（县代码 {}，坐标系 {}）…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Cultivated land / permanent basic farmland</source>
      <translation>耕地/永久基本农田</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Custom dates</source>
      <translation>自定义日期</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Daily zero report (XLSX)</source>
      <translation>零报告(XLSX)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Database connection</source>
      <translation>数据库连接</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Database upgraded: {}</source>
      <translation>数据库已升级：{}</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Default layer styles written to {}.</source>
      <translation>默认图层样式已写入 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Detect building changes</source>
      <translation>房屋变化检测</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Discard the inspection?</source>
      <translation>放弃本次检查？</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Discovery source</source>
      <translation>发现方式</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Distances</source>
      <translation>距离</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Distances are measured in {} ({}).</source>
      <translation>距离在 {}（{}）中量算。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Division code field</source>
      <translation>行政区划代码字段</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Draw the polygon of a new violation on the map: click its vertices, then right-click or press Enter. Backspace removes the last vertex, Escape starts over.</source>
      <translation>在地图上绘制新违建图斑：依次点击各顶点，然后右键单击或按回车键完成。退格键删除最后一个顶点，Esc键重新开始。</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Drop files here or use “Add files…”. Saved attachments are part of the case record and cannot be removed.</source>
      <translation>将文件拖放到这里，或点击“添加文件…”。已保存的附件属于案件记录，不能删除。</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Drop photos and documents here, or use “Add files…”. Double-click or press Enter to open one.</source>
      <translation>将照片和文件拖放到这里，或点击“添加文件…”。双击或按回车键打开。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Duplicate overlap (share of the smaller area)</source>
      <translation>重复图斑重叠比例（占较小面积的比例）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Duplicate overlap: {:.0f} % of the smaller area (the database's setting duplicate_overlap).</source>
      <translation>重复图斑重叠比例：较小面积的 {:.0f} %（数据库设置 duplicate_overlap）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Duplicate overlap: {:.0f} % of the smaller area.</source>
      <translation>重复图斑重叠比例：较小面积的 {:.0f} %。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Duplicates</source>
      <translation>重复图斑</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Edit the settings of the project database (shared by everyone who uses it)</source>
      <translation>编辑治违数据库的设置(所有使用该数据库的人共用)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Editor</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Enter the 6-digit county division code, e.g. 330624.</source>
      <translation>请输入6位县级行政区划代码，如 330624。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Enter the construction or discovery date to classify it (cut-off date {}).</source>
      <translation>请填写开工日期或发现日期以判定新增/存量（分界日期 {}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Every township needs at least one village: ask for at least {} villages.</source>
      <translation>每个乡镇至少要有一个村：村数至少应为 {}。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Existing login {} made a member of {}.</source>
      <translation>已将现有登录名 {} 加入角色 {}。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Export a monthly bulletin, wall maps, case or house records as PDF, or ledgers and summaries as spreadsheets</source>
      <translation>导出月通报、挂图作战图、一案一档、一栋一册(PDF)或台账、周小结(表格)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../ui/report_dialog.py" />
      <source>Export a report</source>
      <translation>导出报表</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Export a report — {}</source>
      <translation>导出报表 — {}</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Export report</source>
      <translation>导出报表</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {}</source>
      <translation>要素 {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {} (code {})</source>
      <translation>要素 {}（代码 {}）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {} (code {}, “{}”)</source>
      <translation>要素 {}（代码 {}，“{}”）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Feature {} (patch {})</source>
      <translation>要素 {}（图斑 {}）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Feature {} could not be written to the output: {}</source>
      <translation>要素 {} 无法写入输出：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Feature {} of the focus places cannot be transformed to {}: {}</source>
      <translation>重点场所的要素 {} 无法转换到 {}：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Feature {} of the houses layer has no house code: nothing was written back.</source>
      <translation>自建房图层的要素 {} 没有房屋编码：未写回任何内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Feature {} of the violations layer has no case number: nothing was written back.</source>
      <translation>违建图斑图层的要素 {} 没有案件编号：未写回任何内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Feature {} of the {} layer cannot be transformed to {}: {}</source>
      <translation>要素 {}（{}图层）无法转换到 {}：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Features rejected</source>
      <translation>拒绝导入要素数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Features with township and village</source>
      <translation>带乡镇和村代码的要素</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Field map (empty: the preset for provincial field names)</source>
      <translation>字段对应（留空：使用省级常用字段名的预设）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Field map (empty: the preset for the national survey form)</source>
      <translation>字段对照(留空：全国自建房排查表的预设)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Field map: {}</source>
      <translation>字段对应：{}</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>Fixed by this step.</source>
      <translation>由此环节确定。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Flag demolish-first priorities</source>
      <translation>标注“六先拆”优先级</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus distance (m)</source>
      <translation>重点距离（米）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus distance: {} m (the database setting).</source>
      <translation>重点距离：{} 米（数据库设置）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus distance: {} m.</source>
      <translation>重点距离：{} 米。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus places (schools, hospitals, markets …)</source>
      <translation>重点场所（学校、医院、集贸市场等）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus places: {}.</source>
      <translation>重点场所：{} 个。</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Foundation</source>
      <translation>基础</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Four-sides distance (m)</source>
      <translation>四边距离（米）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Four-sides distance: {} m (the database setting).</source>
      <translation>四边距离：{} 米（数据库设置）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Four-sides distance: {} m.</source>
      <translation>四边距离：{} 米。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>From</source>
      <translation>原状态</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generate demo county</source>
      <translation>生成演示县</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generating the reference data: roads, rivers, farmland, planning, building surveys, permits and satellite patches…</source>
      <translation>正在生成参考数据：道路、河流、耕地、规划、建筑普查、许可和卫片图斑……</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generating {} townships, {} villages, {} violations and {} houses (seed {})…</source>
      <translation>正在生成 {} 个乡镇、{} 个村、{} 宗违建和 {} 栋自建房（随机种子 {}）…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <location filename="../ui/database_dialog.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Geometries repaired</source>
      <translation>修复几何数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Gives every feature of a layer the township and the village it lies in.

Input: any vector layer (polygons, lines or points), in any CRS.
Zones: the zones table of a project database, or any polygon layer with the fields zone_code, level and parent_code; its township-level zones (township, street, park) and village-level zones (village, community) are used.

The township is the one holding the largest part of the feature (area for polygons, length for lines; a point goes to the zone containing it); the village is then chosen the same way among the villages of that township, so the two codes always agree. Parts differing by less than 0.01 % count as equal, and the lower code wins.

Output: the input's features and fields, with the fields township_code, village_code and zone_share (the share of the feature inside its chosen zone, from 0 to 1: the village, or the township when no village of it holds the feature). Existing fields of these names are replaced. Features outside every zone get empty codes and are counted in the log.</source>
      <translation>为图层中的每个要素确定其所在的乡镇和村。

输入：任意矢量图层（面、线或点），任意坐标系。
区划：治违数据库的区划表，或任何含 zone_code、level、parent_code 字段的面图层；使用其中乡镇级（乡镇、街道、园区）和村级（村、社区）区划。

乡镇取包含要素最大部分的那个（面按面积、线按长度；点取包含它的区划）；再在该乡镇的村中按同样规则确定村，因此两个代码始终一致。相差不到 0.01 % 的部分视为相等，取代码较小者。

输出：输入的要素和字段，加上 township_code、village_code 和 zone_share 字段（要素落在所选区划内的比例，0 到 1：所选区划为村，没有村包含该要素时为乡镇）。已有的同名字段被替换。落在所有区划之外的要素代码为空，并在日志中计数。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Grade self-built houses</source>
      <translation>自建房安全分级</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Graded houses</source>
      <translation>已分级的自建房</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Grades every self-built house: its screening class (存在严重 / 一定安全隐患 / 未发现安全隐患), its JGJ 125-2016 grade computed from the member counts and ground indicators, the focus flags, the measures it needs and those missing on its record, the actions due, the date of its next inspection and its rank by risk across the houses graded.

Houses: the houses layer of a project database, or any point or polygon layer with the same fields.
Inspections (optional): the house_inspections layer of a project database; the member counts are read from the inspection_members table of the same database. Left empty while the houses layer belongs to a project database, that database's inspections and member counts are used. Inspections after the grading date are ignored.
Focus places (optional; points or polygons: schools, hospitals, markets, resettlement areas …): a house within the focus distance of one (a house exactly at the distance counts) is near a focus place. Without this layer the flag stays as it was.
Focus distance: in metres. Left at 200 m, the database's setting “Focus-area distance (m)” (focus_distance_m) is used when the houses come from a project database. Distances are measured in the houses layer's CRS when it is projected in metres, otherwise in the CGCS2000 3° Gauss–Krüger zone nearest to the data's longitude; the focus places may be in any CRS.
Rules (optional): a JSON file with the structure of the plugin's resources/screening_rules.json; the values it gives replace the defaults, unknown keys are refused.
Grading date: the day the grading is for (default today): ages, the inspections taken into account and overdue inspections are counted at this date.

Grade (JGJ 125-2016): from the latest inspection with member counts or ground indicators. The ground is dangerous (grade D) with settlement over 4 mm/month for 2 months still going, a settlement crack over 10 mm or several over 5 mm with a tilt over 1 %, a tilt over 3 % (1–2 storeys) or 2 % (3 storeys or more), or sliding over 10 mm still going. Otherwise the weighted ratio R of dangerous members decides: 0 → A; below 5 % → B, or C with a Du layer; 5 % to below 25 % → C, or D with more Du layers than (storeys + basements + 1) / 3; 25 % or more → D. The grade mismatch is set when the appraised grade and the computed grade differ.
Screening, by default: serious with a collapse risk, a dangerous ground, grade C or D (the worse of the appraised and the computed grade), a crack of 10 mm or a tilt of 1 % or more, or a focus business house altered without professional design; some hazard with grade B, a crack of 2 mm, a crack over 5 mm, a tilt of 0.5 %, an alteration without professional design, or an earth-timber, brick-timber or stone house over 30 years old; never milder than the inspector's own class.
Focus: business use with 3 or more storeys or 10 or more occupants; altered (storey added, extended, structure or use changed, basement dug); near a focus place.
Measures: D → stop use, evacuate, cordon (and stop business for a business house); C → restrict use, repair; a collapse risk → stop use, evacuate, cordon. Actions: appraise now (serious, not appraised), arrange an appraisal (some hazard), make the one-building plan, take the missing measures, review the grade, inspection due.
Next inspection: the last inspection plus the cycle of the database settings: business use monthly; over 30 years old or hazardous yearly; over 20 years every 3 years; otherwise every 5 years.
Risk rank: grade D or collapse risk first, then C, serious, some hazard, focus houses, the rest; within each, more occupants first, then more storeys.

Write back: with “Write the results to the houses table” ticked, the results, the next inspection date and the grading date are written into the houses table in one transaction: when anything fails or the run is canceled, nothing is written.</source>
      <translation>对每栋自建房进行分级：隐患初判类别（存在严重安全隐患 / 存在一定安全隐患 / 未发现安全隐患）、按构件统计和地基指标计算的 JGJ 125-2016 危险性等级、重点标记、应采取的措施及房屋记录中缺少的措施、应办事项、下次检查日期，以及在参与分级的房屋中的风险排名。

房屋：项目数据库的自建房图层，或字段相同的任意点或面图层。
房屋检查（可选）：项目数据库的 house_inspections 图层；构件统计从同一数据库的 inspection_members 表读取。留空且房屋图层属于项目数据库时，使用该数据库的检查记录和构件统计。晚于分级日期的检查不予考虑。
重点场所（可选；点或面：学校、医院、集贸市场、安置区等）：房屋在重点距离以内（恰好等于该距离也算）即为位于重点场所周边。未提供该图层时，该标记保持原值。
重点距离：单位为米。保持 200 米且房屋来自项目数据库时，使用数据库设置“重点区域距离(米)”（focus_distance_m）。房屋图层的坐标参照系为以米为单位的投影坐标系时，在该坐标系中量算距离；否则在与数据经度最近的 CGCS2000 3° 高斯–克吕格投影带中量算；重点场所可以是任意坐标参照系。
规则（可选）：与插件 resources/screening_rules.json 结构相同的 JSON 文件；其中给出的值替换默认值，未知的键将被拒绝。
分级日期：分级所依据的日期（默认为今天）：房龄、所考虑的检查记录以及检查是否逾期均按该日期计算。

等级（JGJ 125-2016）：依据最近一次有构件统计或地基指标的检查。以下情况地基危险（D 级）：沉降速率大于 4 mm/月且连续 2 个月仍未停止；沉降裂缝大于 10 mm 或多条大于 5 mm 且倾斜率大于 1%；倾斜率大于 3%（1–2 层）或 2%（3 层及以上）；滑移量大于 10 mm 且仍未停止。否则按危险构件的加权比例 R 判定：0 → A；小于 5% → B，有 Du 层时为 C；5% 至小于 25% → C，Du 层数多于（地上层数 + 地下层数 + 1）/ 3 时为 D；25% 及以上 → D。鉴定等级与计算等级不同时标记等级不一致。
隐患初判（默认规则）：存在倒塌风险、地基危险、C 级或 D 级（取鉴定等级与计算等级中较差者）、裂缝达到 10 mm 或倾斜率达到 1%、或重点经营性房屋未经专业设计而改建的，为存在严重安全隐患；B 级、裂缝达到 2 mm、有大于 5 mm 的裂缝、倾斜率达到 0.5%、未经专业设计而改建、或房龄超过 30 年的土木、砖木、石结构房屋，为存在一定安全隐患；计算结果不低于检查人员自己的判定。
重点：3 层及以上或 10 人以上的经营性房屋；违法改建（加层、扩建、改变结构或用途、开挖地下室）；位于重点场所周边。
措施：D 级 → 停止使用、人员撤离、封控警示（经营性房屋另加停止经营）；C 级 → 限制用途、维修加固；存在倒塌风险 → 停止使用、人员撤离、封控警示。应办事项：立即安全鉴定（严重隐患且未鉴定）、安排安全鉴定（一定隐患）、制定一栋一策、落实缺少的措施、核对鉴定等级、检查已到期。
下次检查：最近一次检查日期加上数据库设置中的周期：经营性房屋每月；房龄超过 30 年或有隐患每年；超过 20 年每 3 年；其他每 5 年。
风险排名：D 级或存在倒塌风险者最先，其次为 C 级、严重隐患、一定隐患、重点房屋、其余；同一类中使用人数多者在前，其次层数多者在前。

写回：勾选“将结果写入自建房表”后，结果、下次检查日期和分级日期在一个事务中写入自建房表：任何步骤失败或运行被取消时，不写入任何内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Grading date (default today)</source>
      <translation>分级日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Grading date: {}. Rules: {}. Cycles (months): business {}, over 30 years or hazardous {}, over 20 years {}, other {}.</source>
      <translation>分级日期：{}。规则：{}。检查周期（月）：经营性 {}，30 年以上或有隐患 {}，20 年以上 {}，其他 {}。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Ground: dangerous</source>
      <translation>地基：危险</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Group role {}: {}</source>
      <translation>组角色 {}:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Hills</source>
      <translation>山体</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House inspections (house_inspections table)</source>
      <translation>房屋检查（house_inspections 表）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>House ledger (XLSX)</source>
      <translation>自建房台账(XLSX)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>House records (PDF)</source>
      <translation>一栋一册(PDF)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>House {} (feature {})</source>
      <translation>房屋 {}（要素 {}）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House {} cannot be transformed for measuring: {}</source>
      <translation>房屋 {} 无法转换坐标以量算距离：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House {} is not in the database {}. Nothing was written back.</source>
      <translation>房屋 {} 不在数据库 {} 中。未写回任何内容。</translation>
    </message>
    <message>
      <location filename="../plugin/store/inspections.py" />
      <source>House {} was changed by someone else after this dialog read it. Nothing was saved: close the dialog and record the inspection again.</source>
      <translation>房屋 {} 在本对话框读取后已被他人修改，未保存任何内容：请关闭对话框后重新录入检查。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House {}: the JGJ 125 grade cannot be computed: {}</source>
      <translation>房屋 {}：无法计算 JGJ 125 等级：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House {}: the database refused the results ({}). Nothing was written back.</source>
      <translation>房屋 {}：数据库拒绝了结果（{}）。未写回任何内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses (points, polygons, or a table with coordinates)</source>
      <translation>房屋(点、面或带坐标的表格)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Houses (with appraisal grade and screening)</source>
      <translation>房屋（含鉴定等级和隐患初判）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Houses graded</source>
      <translation>已分级房屋数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Houses graded: {}. Screening: serious {}, some hazard {}, none {}. Computed grades: A {}, B {}, C {}, D {}; differing from the appraisal: {}. Houses lacking required measures: {}; inspections due: {}.</source>
      <translation>已分级房屋：{} 栋。隐患初判：严重 {}，一定 {}，未发现 {}。计算等级：A {}，B {}，C {}，D {}；与鉴定等级不一致：{}。缺少应采取措施的房屋：{}；检查到期：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses imported</source>
      <translation>新导入的房屋</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses imported: {}, updated: {}, rejected: {}.</source>
      <translation>新导入房屋：{}，更新：{}，未导入：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Houses layer</source>
      <translation>房屋图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses layer of the project database</source>
      <translation>项目数据库的自建房图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses updated</source>
      <translation>更新的房屋</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Houses written back</source>
      <translation>已写回房屋数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Import satellite patches</source>
      <translation>导入卫片图斑</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Import self-built houses</source>
      <translation>导入自建房</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Import zones</source>
      <translation>导入行政区划</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Imports the records of the self-built house survey (自建房排查), as exported by the national survey system or kept in any layer, into the houses table of a project database: one point per house.

Input: a point layer, a polygon layer (each polygon becomes a point on its surface), or a table without geometry — a CSV file or a spreadsheet (XLSX) — with a longitude and a latitude column. Layers are reprojected to the CRS of the database.
Field map (optional): which input column fills which house field, written like 房屋编码:house_id;地上层数:storeys or as a JSON object {"房屋编码": "house_id"}. Empty: the preset for the columns of the national form found in the input (房屋编码, 详细地址/房屋地址, 产权人/户主姓名, 所在乡镇(街道)代码, 所在村(社区)代码, 地上层数, 地下层数, 建筑面积, 结构类型, 建成年代/建成年份, 土地性质, 所在区域, 房屋用途, 经营类型, 居住人数/使用人数, 是否加层, 是否扩建, 是否改变主体结构, 是否改变用途, 是否开挖地下室, 是否经过专业设计, 是否由专业施工, 合法性, 隐患初判, 鉴定状态, 鉴定等级, 鉴定机构, 鉴定日期, 整治状态, 整治措施, 一栋一策, 备注, and their English or pinyin names). A map you write replaces the preset; it must map a column to house_id. The township and village codes of the input are hints only: the zones decide, and a code that disagrees is reported.
Values: labels of the code lists in Chinese or English (砖混, 框架结构, 集体土地, C级, 严重隐患 …); yes/no as 是/否, 1/0 or Y/N; several business types or measures separated by 、，, or ; ; storeys like 3 or 3层; areas like 120.5 or 120.5㎡; years like 1998 or 1998年, a decade (1990年代, 90年代) counting as its first year; dates like 2024-03-15, 2024/3/15 or 2024年3月15日. An appraisal grade or date without an appraisal status sets the status 已鉴定.
Longitude and latitude fields (tables only; optional): found by their names (经度/纬度, longitude/latitude, lon/lat, x/y) when not chosen.
Coordinate CRS (optional): the CRS of those coordinates, or of a layer without one; EPSG:4490 (CGCS2000) when not given.
Houses layer: the layer “houses” of the project database. Zones layer: the zones with the townships and villages (normally the layer “zones” of the same database); each house gets the township and the village containing it.
Encoding: the text encoding of CSV files and of shapefiles. Automatic: a CSV file is read as UTF-8 when its bytes are UTF-8, else as GBK; a shapefile without .cpg file is read as UTF-8, and as GBK when its text comes out garbled.

A house whose code is already in the database is updated — the mapped fields (empty cells leave the stored value), its location and its zones; never its inspections — instead of being added again. A row is rejected, with the reason in the output “Rejected houses”, when its house code is missing, malformed or of another county, when an earlier row of the input has the same code, when a value is impossible (0 storeys, an area of 0 or less, a year or date in the future, a label not in the code list), when it has no usable location, or when it lies outside every zone.
Everything is written in one transaction: when the database refuses a house, or the import is canceled, the database stays as it was.</source>
      <translation>将自建房排查记录(全国自建房安全专项整治信息归集平台导出，或保存在任意图层中)导入项目数据库的自建房表：每栋房屋一个点。

输入：点图层、面图层(每个面取其面内一点)，或不带几何的表格——CSV 文件或电子表格(XLSX)——含经度列和纬度列。图层会被转换到数据库的坐标参考系。
字段对照(可选)：哪一列填写哪个房屋字段，写作 房屋编码:house_id;地上层数:storeys，或写成 JSON 对象 {"房屋编码": "house_id"}。留空：使用输入数据中出现的全国排查表列名预设(房屋编码、详细地址/房屋地址、产权人/户主姓名、所在乡镇(街道)代码、所在村(社区)代码、地上层数、地下层数、建筑面积、结构类型、建成年代/建成年份、土地性质、所在区域、房屋用途、经营类型、居住人数/使用人数、是否加层、是否扩建、是否改变主体结构、是否改变用途、是否开挖地下室、是否经过专业设计、是否由专业施工、合法性、隐患初判、鉴定状态、鉴定等级、鉴定机构、鉴定日期、整治状态、整治措施、一栋一策、备注，以及其英文或拼音名称)。自己填写的对照会取代预设，且必须有一列对照到 house_id。输入中的乡镇、村代码仅作参考：以区划为准，代码不一致时会提示。
取值：代码表的中文或英文名称(砖混、框架结构、集体土地、C级、严重隐患 …)；是/否写作 是/否、1/0 或 Y/N；多个经营类型或整治措施用 、，, 或 ; 分隔；层数写作 3 或 3层；面积写作 120.5 或 120.5㎡；年份写作 1998 或 1998年，年代(1990年代、90年代)取该年代的第一年；日期写作 2024-03-15、2024/3/15 或 2024年3月15日。有鉴定等级或鉴定日期而无鉴定状态时，鉴定状态设为“已鉴定”。
经度、纬度字段(仅表格；可选)：未选择时按列名识别(经度/纬度、longitude/latitude、lon/lat、x/y)。
坐标的坐标参考系(可选)：上述坐标的坐标参考系，或没有坐标参考系的图层的坐标参考系；未指定时为 EPSG:4490(CGCS2000)。
自建房图层：项目数据库的“houses”图层。区划图层：含乡镇和村的区划(通常为同一数据库的“zones”图层)；每栋房屋取其所在的乡镇和村。
编码：CSV 文件和 Shapefile 的文本编码。自动：CSV 文件的字节是 UTF-8 时按 UTF-8 读取，否则按 GBK 读取；没有 .cpg 文件的 Shapefile 按 UTF-8 读取，出现乱码时改按 GBK 读取。

房屋编码已在数据库中的房屋会被更新——对照的字段(空单元格保留原值)、位置和所属区划；从不改动其检查记录——而不会重复添加。以下情况该行不导入，原因列在输出“未导入的房屋”中：房屋编码缺失、格式错误或属于其他县；输入中靠前的行已有相同编码；取值不可能(地上层数为 0、面积不大于 0、年份或日期在将来、名称不在代码表中)；没有可用的位置；或位于所有区划之外。
所有数据在一个事务中写入：数据库拒绝某栋房屋或导入被取消时，数据库保持原样。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Imports townships, streets, parks, villages, communities and grids from a polygon layer into the zones table of a project database.

Input: any polygon layer, in any CRS; it is reprojected to the CRS of the database.
Code field: the administrative division code (6, 9, 12 or 15 digits). Codes stored as numbers, e.g. 330624100.0, are accepted. A code may appear only once in the input.
Name field: the zone's name.
Parent code field (optional): the code one level up; without it, the parent is taken from the code itself (330624100201 → 330624100).
Level field (optional): county, township, street, park, village, community or grid, in English or Chinese (县, 乡镇, 街道, 园区, 村, 社区, 网格); without it, the level follows from the length of the code.
Annual quota field (optional): the yearly demolition quota in m².
Target: the layer “zones” of the project database.

A zone whose code is already in the database is updated (geometry, name, parent, level and, with a quota field, its quota) instead of being added again. An invalid geometry is repaired when the repair changes its area by less than 1 %; otherwise the feature is rejected, and so is a feature without a valid code, name or level: each rejection is listed in the log with the feature's id. Everything is written in one transaction: when the import fails or is canceled, the database stays as it was.</source>
      <translation>将多边形图层中的乡镇、街道、园区、村、社区和网格导入治违数据库的行政区划表。

输入：任意坐标系的多边形图层，导入时重投影到数据库的坐标系。
行政区划代码字段：行政区划代码（6、9、12 或 15 位）。以数字存储的代码（如 330624100.0）也可接受。每个代码在输入中只能出现一次。
名称字段：行政区划名称。
上级代码字段（可选）：上一级的代码；不指定时由代码本身推出上级（330624100201 → 330624100）。
级别字段（可选）：县、乡镇、街道、园区、村、社区或网格，中英文均可（county、township、street、park、village、community、grid）；不指定时按代码长度确定级别。
年度拆违任务字段（可选）：年度拆违任务面积，单位 m²。
目标：治违数据库的“行政区划”图层。

代码已在数据库中的行政区划予以更新（几何、名称、上级、级别，指定任务字段时还有年度任务），不重复添加。无效几何在修复后面积变化小于 1 % 时予以修复，否则拒绝导入该要素；缺少有效代码、名称或级别的要素同样拒绝导入，每个被拒要素都连同要素编号列在日志中。全部数据在一个事务中写入：导入失败或取消时，数据库保持不变。</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>In each cell: upper box = members counted, lower box (tinted) = dangerous members among them; empty = 0. Foundation members are counted in the foundation row only.</source>
      <translation>每格中：上框为构件总数，下框（底色）为其中的危险构件数；空白即0。基础构件只在基础一行统计。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Indexing the zones…</source>
      <translation>正在为区划建立索引…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Input layer</source>
      <translation>输入图层</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Inspection {} of house {} saved.</source>
      <translation>已保存检查记录 {}（房屋 {}）。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Inspections</source>
      <translation>检查周期</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Inspections read: {} of {} house(s), {} with member counts.</source>
      <translation>已读取检查记录：{} 条，涉及 {} 栋房屋，其中 {} 条有构件统计。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>It was upgraded to the current version: {}.</source>
      <translation>数据库已升级到当前版本：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Last step</source>
      <translation>最近环节</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Latitude (y) field (tables)</source>
      <translation>纬度(y)字段(表格)</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Layer
grade</source>
      <translation>层
等级</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Layout template: {}</source>
      <translation>布局模板：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Level field</source>
      <translation>级别字段</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <location filename="../ui/case_panel.py" />
      <source>Liangwei</source>
      <translation>两违治理</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" />
      <source>Liangwei 两违治理</source>
      <translation>两违治理</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Login</source>
      <translation>登录名</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Login (optional)</source>
      <translation>登录名(可选)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Login {} created and made a member of {}.</source>
      <translation>已新建登录名 {} 并加入角色 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Longitude (x) field (tables)</source>
      <translation>经度(x)字段(表格)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Measures how much of each violation case lies in each class of a planning layer (三区三线, 三区, land-use planning …) and marks the prohibited classes.

Violations: a polygon layer, usually the violations layer of a project database; its field case_id names the cases (without it, the feature id).
Planning: a polygon layer in any CRS.
Class field: the field of the planning layer holding the class (e.g. 禁止建设区, 永久基本农田).
Prohibited classes (optional): a comma-separated list overriding the list of the project database's setting “Prohibited planning classes” (used when the violations come from a project database; otherwise the default list 禁止建设区, 永久基本农田, 生态保护红线, 禁止建设). Names are compared without leading or trailing spaces and ignoring case.

Output: a table with one row per case and class: case_id, class, area_m2 (ellipsoidal area of the case inside the class), share (of the case's area) and prohibited (1 for a prohibited class). The part of a case outside every planning polygon is a row with an empty class. Where two classes overlap, the overlap counts in both and the case's shares add up to more than 1 (the log names such cases). The log gives the number of cases touching a prohibited class.

An invalid polygon is repaired when the repair changes its area by less than 1 %; otherwise it is skipped and named in the log.</source>
      <translation>计算每个违建案件位于规划图层(三区三线、三区、土地利用规划等)各分区内的面积,并标出禁止建设的分区。

违建图斑:面图层,通常为治违数据库的违建图斑图层;以其 case_id 字段标识案件(无此字段时用要素编号)。
规划分区:面图层,坐标参照系不限。
分区类别字段:规划图层中保存分区类别的字段(如 禁止建设区、永久基本农田)。
禁止建设的分区(可选):逗号分隔的列表,替代治违数据库设置“禁止建设的规划分区”中的列表(违建图斑来自治违数据库时使用该设置,否则使用默认列表 禁止建设区、永久基本农田、生态保护红线、禁止建设)。比较时忽略首尾空格和大小写。

输出:每个案件每个分区一行的表:case_id、class、area_m2(案件在该分区内的椭球面积)、share(占案件面积的比例)和 prohibited(禁止建设的分区为 1)。案件位于所有规划面之外的部分为分区类别为空的一行。两个分区重叠时,重叠部分在两者中都计入,案件的占比之和将大于 1(日志中列出这些案件)。日志给出涉及禁止建设分区的案件数。

无效的面在修复后面积变化小于 1 % 时予以修复,否则跳过并在日志中注明。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Member counts, {}: {} dangerous members but only {} members.</source>
      <translation>构件统计，{}：危险构件{}个，但构件总数只有{}个。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Minimum change area (m²)</source>
      <translation>最小变化面积(m²)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Missing on the house record:</source>
      <translation>房屋信息中缺少：</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Monthly bulletin (PDF)</source>
      <translation>月通报(PDF)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Move the case to “{}”</source>
      <translation>将案件推进到“{}”</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Name field</source>
      <translation>名称字段</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>New case</source>
      <translation>新建案件</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>New case (draw polygon)</source>
      <translation>新建案件（绘制图斑）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>New case numbers: {} … {}.</source>
      <translation>新案件编号：{} … {}。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Next inspection due: {} (every {} month(s))</source>
      <translation>下次检查日期：{}（每{}个月）</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No case of the period {} to {} in the zones {}: nothing to print.</source>
      <translation>{} 至 {} 期间区划 {} 中没有台账案件：没有可输出的内容。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No case of the period {} to {}: nothing to print.</source>
      <translation>{} 至 {} 期间没有台账案件：没有可输出的内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>No column of the input is mapped to house_id, so the houses cannot be identified. The input's fields are: {}. Map the house code like 房屋编码:house_id.</source>
      <translation>输入数据没有列对应到 house_id，无法识别房屋。输入数据的字段为：{}。请按 房屋编码:house_id 的写法对照房屋编码。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>No field of the input is mapped (none of the provincial names JCBH, XZQDM, JCMJ, QSX, HSX … was found): only the geometries are imported.</source>
      <translation>输入图层没有可对应的字段（未找到 JCBH、XZQDM、JCMJ、QSX、HSX 等省级字段名）：只导入图形。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No house with a hazard or appraised C or D in the zones {}: nothing to print.</source>
      <translation>区划 {} 中没有存在安全隐患或鉴定为 C、D 级的房屋：没有可输出的内容。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No house with a hazard or appraised C or D: nothing to print.</source>
      <translation>没有存在安全隐患或鉴定为 C、D 级的房屋：没有可输出的内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>No inspections: the grades cannot be computed, and the houses are screened from their records alone.</source>
      <translation>没有检查记录：无法计算等级，仅根据房屋记录进行隐患初判。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>No measure is required.</source>
      <translation>无需采取措施。</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>No program is set up to open {}; it was saved as {}.</source>
      <translation>没有设置用于打开 {} 的程序；已保存为 {}。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>No project database is loaded: open one with “{}” first.</source>
      <translation>尚未加载治违数据库：请先用“{}”打开一个。</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>No project database is loaded: open one with “{}” in the {} menu.</source>
      <translation>尚未加载治违数据库：请用“{}”（位于“{}”菜单）打开一个。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>No rule found a hazard.</source>
      <translation>未发现符合任何隐患规则的情况。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No township lies in the zones {}.</source>
      <translation>区划 {} 中没有乡镇(街道)。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No township statistics were given.</source>
      <translation>未提供乡镇考核统计结果。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Not computed: correct the member counts.</source>
      <translation>未计算：请更正构件统计。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Not computed: {}</source>
      <translation>未计算：{}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Not graded: no member counts and no dangerous ground.</source>
      <translation>未评级：没有构件统计，地基也不危险。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <location filename="../ui/transition_dialog.py" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>Nothing to print.</source>
      <translation>没有可输出的内容。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Nothing was saved: {}</source>
      <translation>未保存任何内容：{}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One A3 page per township with every open case numbered, to put on the wall and tick off.</source>
      <translation>每个乡镇一页 A3，标注全部在办案件编号，上墙挂图、逐案销号。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One A4 page per township: map of its cases, assessment indicators and the county ranking.</source>
      <translation>每个乡镇(街道)一页 A4：案件分布图、考核指标和全县排名。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One page per case of the ledger: map, fields, history and photos.</source>
      <translation>台账中每宗案件一页：位置图、案件信息、办案过程和照片。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One page per house with a hazard or appraised C or D: map, grade, measures and inspections.</source>
      <translation>每栋存在安全隐患或鉴定为 C、D 级的房屋一页：位置图、等级、整治措施和检查记录。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One row per case not finished before the period, one sheet per township.</source>
      <translation>统计期开始前未办结的案件每宗一行，每个乡镇一个工作表。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One row per self-built house, one sheet per township.</source>
      <translation>每栋自建房一行，每个乡镇一个工作表。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>One step per save: save the case (or withdraw the pending step) before the next one.</source>
      <translation>每次保存只能办理一个环节：请先保存案件（或撤回待办环节），再办理下一环节。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Only the steps the workflow allows from the current status are offered. Each asks for the data it needs; the step is written when the case is saved.</source>
      <translation>只列出当前状态下流程允许的环节。每个环节会要求填写所需信息；保存案件时写入该环节。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Open a project database</source>
      <translation>打开治违数据库</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Open a project database first.</source>
      <translation>请先打开治违数据库。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Open a project database first: a new case is written to its violations table.</source>
      <translation>请先打开治违数据库：新案件将写入其违建图斑表。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Open case (click)</source>
      <translation>打开案件（点选）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Open cases {} (feature {}) and {} (feature {}) overlap by {:.2f} m².</source>
      <translation>未结案件 {}（要素 {}）与 {}（要素 {}）重叠 {:.2f} m²。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Opened the project database {} (county {}).</source>
      <translation>已打开治违数据库 {}（县代码 {}）。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Overdue: an open case whose deadline has passed</source>
      <translation>逾期：未结案且已过限期日期的案件</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Overdue: the deadline {} has passed.</source>
      <translation>逾期：限期日期 {} 已过。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Overwrite an existing file</source>
      <translation>覆盖已有文件</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>PDF report (*.pdf)</source>
      <translation>PDF 报表 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>PDF report (*.pdf);;Excel workbook (*.xlsx)</source>
      <translation>PDF 报表 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>Page {} could not be filled: {}</source>
      <translation>第 {} 页无法填写：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Pages (PDF)</source>
      <translation>页数(PDF)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Parent code field</source>
      <translation>上级代码字段</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Password of a new login (optional)</source>
      <translation>新登录名的密码(可选)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Patch polygons</source>
      <translation>图斑面图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Period end (default: today)</source>
      <translation>统计截止日期(默认:今天)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Period end (empty: by report)</source>
      <translation>统计期截止日期(留空：按报表类型)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Period start (default: first day of this month)</source>
      <translation>统计起始日期(默认:本月第一天)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Period start (empty: by report)</source>
      <translation>统计期开始日期(留空：按报表类型)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Period {} to {}, campaign start {}; level: {}.</source>
      <translation>统计期 {} 至 {},行动开始日期 {};级别:{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Permits</source>
      <translation>许可</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</source>
      <translation>照片和文件 (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Planned projects</source>
      <translation>规划建设项目</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning</source>
      <translation>规划</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning class field</source>
      <translation>规划分区类别字段</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning classes overlap inside {} case(s), whose shares add up to more than 1: {}</source>
      <translation>{} 件案件范围内规划分区相互重叠,其占比之和大于 1:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning conflicts</source>
      <translation>规划冲突</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning zones</source>
      <translation>规划分区</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Priorities</source>
      <translation>优先处置</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Prioritised violations</source>
      <translation>优先级标注结果</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Problems found</source>
      <translation>发现的问题数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Problems found: {}.</source>
      <translation>发现问题：{} 个。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Prohibited classes (comma-separated; empty: the database's setting)</source>
      <translation>禁止建设的分区(逗号分隔;留空则用数据库设置)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Prohibited classes (from {}): {}</source>
      <translation>禁止建设的分区(来自{}):{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Project database</source>
      <translation>治违数据库</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Project settings</source>
      <translation>项目设置</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Proposed from the cut-off date {}: {}.</source>
      <translation>按分界日期 {} 建议为：{}。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Put the default values in the form (the county's code and names are kept); nothing is saved before OK</source>
      <translation>在表单中填入默认值(保留县代码和名称)；点击“确定”之前不会保存</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Quotas</source>
      <translation>考核任务</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Railways</source>
      <translation>铁路</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Record a house inspection (click)</source>
      <translation>录入房屋检查(点选)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Record an inspection — {}</source>
      <translation>录入房屋检查 — {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Reference data (roads, surveys, satellite patches…)</source>
      <translation>参考数据（道路、建筑普查、卫片图斑……）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Reference layer {}: {} feature(s).</source>
      <translation>参考图层{}：{} 个要素。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Rejected houses</source>
      <translation>未导入的房屋</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Rejected patches</source>
      <translation>被拒绝的图斑</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Reload the case</source>
      <translation>重新载入案件</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Remove a new attachment before saving. Saved attachments are kept for the record.</source>
      <translation>保存前可移除新添加的附件。已保存的附件作为执法记录保留。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../ui/report_dialog.py" />
      <source>Report</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Report file</source>
      <translation>报表文件</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Report {}, period {} to {}{}.</source>
      <translation>报表 {}，统计期 {} 至 {}{}。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Required:</source>
      <translation>应采取：</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Rewards &amp;&amp; penalties</source>
      <translation>奖惩标准</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Rivers</source>
      <translation>河流</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Roads (highways)</source>
      <translation>公路</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Role {} for township {} ({}).</source>
      <translation>角色 {}:乡镇 {}({})。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Row {}</source>
      <translation>第 {} 行</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Rows in {}</source>
      <translation>{} 表记录数</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Save the new project database as</source>
      <translation>保存新建的治违数据库</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Save the report as</source>
      <translation>报表另存为</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Schema</source>
      <translation>模式</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Schema name (e.g. county_330624)</source>
      <translation>模式名称(如 county_330624)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Screening rules (JSON file)</source>
      <translation>隐患初判规则（JSON 文件）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Self-built houses</source>
      <translation>自建房</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Self-built houses (0: three per violation)</source>
      <translation>自建房数（0：每宗违建三栋）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>Set the input layer's data source encoding (Layer Properties ▸ Source), usually GBK for Chinese shapefiles, and run the import again.</source>
      <translation>请设置输入图层的数据源编码（图层属性 ▸ 源），中文 Shapefile 通常为 GBK，然后重新导入。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Sets the six “demolish first” (六先拆) flags of every violation case and its priority score.

Violations: the violations layer of a project database, or any polygon layer with the same fields.
Roads, railways, rivers (optional; lines or polygons), hills (optional; polygons): a case within the four-sides distance of a road, railway or river, or intersecting a hill, is a four-sides violation (四边违建).
Farmland (optional; polygons of cultivated land or permanent basic farmland): a case intersecting it occupies farmland (侵占耕地).
Planned projects (optional; polygons): a case intersecting one obstructs a project (妨碍建设).
Houses (optional; the houses layer, with appraisal_grade and screening): a case containing or touching (within 1 cm) a house appraised C or D, or screened as a serious hazard, is unsafe (影响安全).
A case whose party type is 党员干部 (cadre) is a cadre violation; the flag typical (突出典型) is kept as entered.
A reference layer that is not given leaves its flag as it was in the input.

Four-sides distance: in metres. Left at 50 m, the database's own setting “Four-sides buffer (m)” (side_distance_m, 50 m unless changed) is used when the violations layer belongs to a project database; any other value is used as entered. A case exactly at the distance counts. Distances are measured in the violations layer's CRS when it is projected in metres; otherwise (degrees, or Web Mercator) in the CGCS2000 3° Gauss–Krüger zone (EPSG:4534–4554, central meridian 75° + 3k) nearest to the data's longitude. Reference layers may be in any CRS.

Priority score: the sum of the weights of the flags a case carries; the weights are the database settings priority_weight_* (defaults: cadre 30, four sides 15, obstructs 15, unsafe 25, typical 10, farmland 20).

Output: the cases with case_id, status, the six flags and priority_score.
Write back: with “Write the flags back to the database” ticked, the flags and scores that changed are written into the violations table in one transaction: when anything fails or the run is canceled, nothing is written.</source>
      <translation>为每件违建案件标注“六先拆”的六项优先标志，并计算优先分值。

违建图斑：治违数据库的违建图斑图层，或字段相同的任一面图层。
公路、铁路、河流（可选；线或面）、山体（可选；面）：案件与公路、铁路或河流的距离在四边距离以内，或与山体相交，即为“四边”违建。
耕地（可选；耕地或永久基本农田的面）：与之相交的案件为侵占耕地。
规划建设项目（可选；面）：与之相交的案件为妨碍建设。
房屋（可选；房屋图层，含 appraisal_grade 和 screening 字段）：包含或接触（1 厘米以内）鉴定为 C 级或 D 级、或初判为存在严重安全隐患的房屋的案件为影响安全。
当事人类型为党员干部（cadre）的案件为党员干部违建；“突出典型”标志保持录入值。
未提供的参考图层，其对应标志保持输入中的原值。

四边距离：单位为米。保持 50 米时，若违建图斑图层属于治违数据库，则采用数据库自身的设置“四边缓冲距离(米)”（side_distance_m，未修改时为 50 米）；其他数值按输入使用。恰好位于该距离上的案件也计入。违建图斑图层为以米为单位的投影坐标系时在其自身坐标系中量算距离；否则（经纬度或 Web 墨卡托）在最接近数据经度的 CGCS2000 3 度带高斯-克吕格投影（EPSG:4534–4554，中央经线 75° + 3k）中量算。参考图层可为任意坐标系。

优先分值：案件所带标志的权重之和；权重取数据库设置 priority_weight_*（默认：党员干部 30，四边 15，妨碍建设 15，影响安全 25，突出典型 10，侵占耕地 20）。

输出：含 case_id、status、六项标志和 priority_score 的案件。
写回：勾选“将标注写回数据库”时，有变化的标志和分值在一个事务中写入违建图斑表：任何失败或取消时均不写入任何内容。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Setting {}; default: {}</source>
      <translation>设置项 {}；默认值：{}</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Setting “{}”: {}</source>
      <translation>设置“{}”：{}</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Show or hide the panel of open cases: filters, overdue and stale cases; double-click a case to zoom to it and open it</source>
      <translation>显示或隐藏未结案件面板：筛选、逾期和停滞案件；双击案件可缩放到该案件并打开</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Stale after this many days without an event</source>
      <translation>无办理环节超过此天数即为停滞</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Stale: an open case with no event for more than {} days (setting “{}”)</source>
      <translation>停滞：未结案且超过 {} 天没有新环节的案件(设置“{}”)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Stale: no event since {} (more than {} days).</source>
      <translation>停滞：自 {} 起没有新环节(超过 {} 天)。</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Stale: no event was ever recorded.</source>
      <translation>停滞：从未记录任何环节。</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Storey</source>
      <translation>楼层</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Storey {}</source>
      <translation>{}层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Storeys field (after)</source>
      <translation>层数字段(后期)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Storeys field (before)</source>
      <translation>层数字段(前期)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Text encoding</source>
      <translation>文本编码</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Text encoding of {}: {}.</source>
      <translation>{} 的文本编码：{}。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>The PDF could not be written ({}).</source>
      <translation>无法写入 PDF({})。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The Processing algorithm {} is not available: enable the Processing plugin and the Liangwei plugin.</source>
      <translation>处理算法 {} 不可用：请启用 Processing 插件和两违治理插件。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The after survey is in geographic coordinates; the overlay is done in {} ({}).</source>
      <translation>后期调查为地理坐标;叠加分析在 {}({})中进行。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The assessment indicators of every township (or village) for a period, with the ranking: one feature per zone, with the zone's polygon.

Violations: the violations layer of a project database, or a polygon layer with its fields (stock_class, discovered_on, construction_started_on, discovery_source, demolished_area_m2, demolished_on, status, deadline, reward_yuan). Houses: the houses layer (points or polygons with screening, appraisal_grade, rectification_status). Zones: the zones layer (zone_code, zone_name, level, parent_code, annual_quota_m2).
Level: township (townships, streets and parks) or village (villages and communities).
Period start and end (both days included; default: the first day of the current month and today); campaign start (default: the database setting campaign_start).

A case is counted once, in the zone holding the largest part of it (a case straddling two zones goes to the one with the larger share); a house in the zone containing it. Zones with nothing in them appear with zeros. Rates and targets are the settings of the project database the violations layer belongs to (the defaults otherwise).

Indicators: new_count and new_area_m2 (new violations discovered in the period; ellipsoidal area of the polygons); found_within_24h_share (share of them discovered within the discovery target, 24 h: at most one day after construction started; cases without a construction date are not judged; empty when none is); demolished_area_m2 (demolished in the period); annual_quota_m2 (the zone's quota, else for a township the minimum township quota setting); quota_done_share (demolished from 1 January of the period end's year to the period end ÷ quota); first_three_months_share (demolished in the first three months from the campaign start, up to the period end, ÷ quota); stock_cleared_m2 (historical stock demolished in the period); open_cases (cases discovered by the period end and not closed, by their current status); overdue_cases (open cases whose deadline is before the period end); no_violation_eligible (1 when no case is open); houses_total, houses_screened, houses_serious, houses_some, grade_a to grade_d, houses_rectified (rectified or closed), houses_closed; report_reward_yuan (verified public reports discovered in the period: the case's reward, else the minimum reward setting); demolition_reward_yuan (stock cleared × 40 yuan/m², seed 001, or the setting demolition_reward_yuan_per_m2); late_discovery_penalty_yuan (each new violation found late: the penalty setting, 4,000 yuan, times the next-month factor, 2, when found in a later month than construction started); rank (1 = best: quota done share, higher first, then fewer new violations, then a higher found-in-time share; equal zones share a rank).</source>
      <translation>按统计期计算每个乡镇(或村)的考核指标并排名:每个区划输出一个要素,几何为区划面。

违建图层:项目数据库的违建图斑图层,或具有相同字段(stock_class、discovered_on、construction_started_on、discovery_source、demolished_area_m2、demolished_on、status、deadline、reward_yuan)的面图层。房屋图层:自建房图层(点或面,含 screening、appraisal_grade、rectification_status)。区划图层:行政区划图层(zone_code、zone_name、level、parent_code、annual_quota_m2)。
级别:乡镇(乡镇、街道、园区)或村(村、社区)。
统计起止日期(含首尾两天;默认:本月第一天至今天);行动开始日期(默认:数据库设置 campaign_start)。

一个案件只计一次,计入占其面积最大的区划(跨两个区划的案件计入占比较大的一个);房屋计入其所在区划。没有任何数据的区划也输出,各项为零。各项标准和目标取违建图层所在项目数据库的设置(否则取默认值)。

指标:new_count 和 new_area_m2(统计期内发现的新增违建的数量和椭球面积);found_within_24h_share(其中在发现时限 24 小时内发现的比例:发现日期不晚于开工次日;无开工日期的案件不参与判定;无可判定案件时为空);demolished_area_m2(统计期内拆除面积);annual_quota_m2(区划的年度任务,乡镇无任务时取乡镇最低任务设置);quota_done_share(统计截止日所在年度 1 月 1 日至截止日的拆除面积 ÷ 年度任务);first_three_months_share(自行动开始日起前三个月、且不晚于截止日的拆除面积 ÷ 年度任务);stock_cleared_m2(统计期内拆除的历史存量面积);open_cases(截止日前发现且未结案的案件,按当前状态);overdue_cases(未结案且限期早于截止日的案件);no_violation_eligible(无未结案件时为 1);houses_total、houses_screened、houses_serious、houses_some、grade_a 至 grade_d、houses_rectified(已整治或已销号)、houses_closed;report_reward_yuan(统计期内发现并经查实的群众举报:按案件的奖励金额,未填则按举报奖励下限);demolition_reward_yuan(拆除历史存量面积 × 每平方米 40 元(文件 001),或设置 demolition_reward_yuan_per_m2);late_discovery_penalty_yuan(每起未及时发现的新增违建扣减设置金额 4000 元,开工次月及以后才发现的乘以次月倍数 2);rank(1 为最好:先按任务完成比例从高到低,再按新增违建数从少到多,再按及时发现比例从高到低;相同的并列)。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case cannot be read from {}: {}</source>
      <translation>无法从 {} 读取案件：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The case events of {} cannot be read: {}</source>
      <translation>无法读取 {} 的案件环节：{}</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case has changes that are not saved. Save them before closing?</source>
      <translation>案件有尚未保存的修改。关闭前是否保存？</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case is closed: the workflow has no further step.</source>
      <translation>案件已办结：流程没有后续环节。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case was not saved, nothing was written: {}</source>
      <translation>案件未保存，未写入任何数据：{}</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case was not saved: the step {} → {} is not allowed from its current status.</source>
      <translation>案件未保存：当前状态下不允许办理环节 {} → {}。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case was saved but cannot be read again: {}</source>
      <translation>案件已保存，但无法重新读取：{}</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>The cases cannot be read from {}: {}</source>
      <translation>无法从 {} 读取案件：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The change could not be written to the output: {}</source>
      <translation>变化无法写入输出:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The check date “{}” is not a date like 2025-06-30.</source>
      <translation>检查日期“{}”不是 2025-06-30 这样的日期。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The column name “{}” is garbled, so the input's text encoding is wrong and nothing was imported. Choose the encoding (GBK or UTF-8) and run the import again.</source>
      <translation>列名“{}”是乱码，说明输入数据的文本编码不对，未导入任何数据。请选择编码(GBK 或 UTF-8)后重新导入。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The county code must have exactly 6 digits, e.g. 330624; “{}” is not one.</source>
      <translation>县级行政区划代码须为6位数字，如 330624；“{}”不符合。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>The county database could not be created: {}</source>
      <translation>无法新建全县数据库:{}</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>The database is checked, upgraded if an older version of the plugin made it, and its layers are added to the map in the group “两违治理”.</source>
      <translation>检查数据库（由旧版插件创建的将自动升级），并将其图层加入地图的“两违治理”图层组。</translation>
    </message>
    <message>
      <location filename="../plugin/store/inspections.py" />
      <source>The database refused the inspection: {}. Nothing was saved.</source>
      <translation>数据库拒绝了该检查记录：{}。未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>The database role {} of the connection “{}” may not {}. Connect as the database owner or another role with these rights (see README: setting up a county server).</source>
      <translation>数据库角色 {}(连接“{}”)无权执行:{}。请以数据库所有者或其他具有这些权限的角色连接(见 README:搭建县级服务器)。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>The database {} of the connection “{}” has no PostGIS. A superuser must run CREATE EXTENSION postgis; in it (the server needs PostGIS installed, on Debian the package postgresql-15-postgis-3).</source>
      <translation>数据库 {}(连接“{}”)没有 PostGIS 扩展。请由超级用户在该数据库中执行 CREATE EXTENSION postgis;(服务器需已安装 PostGIS,Debian 上为软件包 postgresql-15-postgis-3)。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The demo county could not be generated: {}</source>
      <translation>无法生成演示县：{}</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The field map entry “{}: {}” needs a source field name and a target name.</source>
      <translation>字段对应项“{}: {}”需要源字段名和目标名。</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The field map entry “{}” is not written like {}.</source>
      <translation>字段对应“{}”的写法不对，应写成 {} 这样。</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The field map is not a valid JSON object: {}.</source>
      <translation>字段对应不是有效的 JSON 对象：{}。</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The field map must be a JSON object like {{"{}": "{}"}}.</source>
      <translation>字段对应必须是 JSON 对象，例如 {{"{}": "{}"}}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The file {} is neither UTF-8 nor GBK text: save it as UTF-8 (or GBK) CSV and run the import again.</source>
      <translation>文件 {} 既不是 UTF-8 也不是 GBK 文本：请另存为 UTF-8(或 GBK)CSV 后重新导入。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The focus places layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>重点场所图层没有坐标参照系：请设置其坐标参照系（图层属性 ▸ 源），然后重新运行。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../ui/database_dialog.py" />
      <location filename="../ui/report_dialog.py" />
      <source>The folder {} does not exist.</source>
      <translation>文件夹 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The grading date “{}” is not a date (write it like 2025-06-30).</source>
      <translation>分级日期“{}”不是日期（请写成 2025-06-30 的形式）。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>The house record has no number of storeys above ground: only the foundation can be counted, and the grade cannot be computed until the storeys are filled in.</source>
      <translation>房屋记录中没有地上层数：只能统计基础构件，填写层数之前无法计算等级。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The houses layer has neither the field appraisal_grade nor screening, so no house can be recognised as unsafe.</source>
      <translation>房屋图层既没有 appraisal_grade 字段也没有 screening 字段，无法识别危险房屋。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The houses layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>自建房图层没有坐标参照系：请设置其坐标参照系（图层属性 ▸ 源），然后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The houses layer has no field house_id: its houses cannot be matched with their inspections or written back.</source>
      <translation>自建房图层没有 house_id 字段：其房屋无法与检查记录对应，也无法写回。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The houses layer has no field(s) {}: they count as empty.</source>
      <translation>自建房图层没有字段 {}：按空值处理。</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>The input has no field “{}” (field map entry “{}: {}”). Its fields are: {}.</source>
      <translation>输入数据没有字段“{}”(字段对照项“{}: {}”)。其字段为：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input has no field “{}”. Its fields are: {}.</source>
      <translation>输入数据没有字段“{}”。其字段为：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input has no geometry and no {} column (经度/纬度, longitude/latitude, lon/lat or x/y): choose the longitude and latitude fields. Its fields are: {}.</source>
      <translation>输入数据没有几何，也没有{}列(经度/纬度、longitude/latitude、lon/lat 或 x/y)：请选择经度和纬度字段。其字段为：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input is a line layer: houses come as points, polygons or a table with longitude and latitude columns.</source>
      <translation>输入是线图层：房屋应为点、面或带经纬度列的表格。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the import again.</source>
      <translation>输入图层没有坐标参考系：请设置其坐标系（图层属性 ▸ 源）后重新导入。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source), or give the CRS of the coordinates, and run the import again.</source>
      <translation>输入图层没有坐标参考系：请设置其坐标参考系(图层属性 ▸ 源)，或指定坐标的坐标参考系，然后重新导入。</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The input layer has no field “{}” (field map entry “{}: {}”). Its fields are: {}.</source>
      <translation>输入图层没有字段“{}”（字段对应项“{}: {}”）。它的字段有：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The input layer has no field “{}”.</source>
      <translation>输入图层没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The input layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>输入图层“{}”没有坐标参考系：请设置其坐标系（图层属性 ▸ 源）后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The input layer “{}” has no geometry: choose a layer of points, lines or polygons.</source>
      <translation>输入图层“{}”没有几何：请选择点、线或面图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input {} cannot be read.</source>
      <translation>无法读取输入数据 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspection cycles in the database settings are wrong: {}</source>
      <translation>数据库设置中的检查周期有误：{}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>The inspection you entered has not been saved. Close the dialog and discard it?</source>
      <translation>录入的检查尚未保存。关闭对话框并放弃录入的内容吗？</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspections and member counts of {} cannot be read: {}</source>
      <translation>无法读取 {} 的检查记录和构件统计：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspections layer has no field {}.</source>
      <translation>检查记录图层没有字段 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspections layer “{}” does not belong to a Liangwei project database ({} has no inspection_members table).</source>
      <translation>检查记录图层“{}”不属于两违项目数据库（{} 没有 inspection_members 表）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspections layer “{}” is not the table house_inspections of a Liangwei project database (its source is {}): the member counts are read from the same database.</source>
      <translation>检查记录图层“{}”不是两违项目数据库的 house_inspections 表（其数据源为 {}）：构件统计需从同一数据库读取。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The layer “{}” ({}) has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>图层“{}”({})没有坐标参照系:请设置其坐标参照系(图层属性 ▸ 源)后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The layer “{}” ({}) must hold polygons.</source>
      <translation>图层“{}”({})必须是面图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” does not belong to a Liangwei project database: {}</source>
      <translation>图层“{}”不属于两违治理数据库：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>图层“{}”没有坐标参照系:请设置其坐标参照系(图层属性 ▸ 源)后重新运行算法。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the check again.</source>
      <translation>图层“{}”没有坐标参照系：请设置其坐标参照系（图层属性 ▸ 源）后重新检查。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The layer “{}” has no field {}: choose the layer of a project database, or a layer with the same fields.</source>
      <translation>图层“{}”缺少字段 {}:请选择项目数据库中的图层,或具有相同字段的图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The layer “{}” has no field {}: choose the {} layer of a project database.</source>
      <translation>图层“{}”没有字段 {}：请选择治违数据库的 {} 图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The layer “{}” has no field “{}” ({}).</source>
      <translation>图层“{}”没有字段“{}”({})。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The layer “{}” has unsaved edits in QGIS. Save or discard them first (Toggle Editing), then save the case.</source>
      <translation>图层“{}”在QGIS中有未保存的编辑。请先保存或放弃这些编辑（切换编辑状态），再保存案件。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is in editing mode: save or discard its edits and stop editing first.</source>
      <translation>图层“{}”正处于编辑状态：请先保存或放弃编辑并结束编辑。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is not a zones layer: it needs the fields zone_code and level (use the layer “zones” of the project database).</source>
      <translation>图层“{}”不是行政区划图层：需要 zone_code 和 level 字段（请使用治违数据库的“zones”图层）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is not the table {} of a Liangwei project database (its source is {}).</source>
      <translation>图层“{}”不是两违治理数据库中的 {} 表（其数据源为 {}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>The layer “{}” is not the table {} of the project database {}: choose the layers of one project database.</source>
      <translation>图层“{}”不是 {} 表(治违数据库 {})：请选择同一个治违数据库的图层。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>The layers of {} could not be added to the map: {}</source>
      <translation>无法将 {} 的图层加入地图：{}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>The layout template {} cannot be loaded.</source>
      <translation>无法加载布局模板 {}。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The patrol reports of the day; villages and grids that did not report are marked.</source>
      <translation>当日的巡查零报告，标出未报告的村(社区)和网格。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The pending step {} no longer fits the case: {}</source>
      <translation>待办环节“{}”与案件信息不再相符：{}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <location filename="../ui/report_dialog.py" />
      <source>The period starts ({}) after it ends ({}).</source>
      <translation>统计期的起始日期({})晚于截止日期({})。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The polygon cannot become a case: {}</source>
      <translation>该图斑不能立为案件：{}</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The polygon was repaired: {}</source>
      <translation>图斑已修复：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The priority weights in the database settings are wrong: {}</source>
      <translation>数据库设置中的优先级权重有误：{}</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <location filename="../ui/inspection_dialog.py" />
      <source>The project database cannot be opened: {}</source>
      <translation>无法打开治违数据库：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <location filename="../ui/database_dialog.py" />
      <source>The project database could not be created: {}</source>
      <translation>无法新建治违数据库：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../ui/database_dialog.py" />
      <source>The project database could not be written to {}: {}</source>
      <translation>无法将治违数据库写入 {}：{}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <source>The project database has no zones with the codes {}.</source>
      <translation>治违数据库中没有区划代码为 {} 的区划。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The project database needs a CRS with an EPSG code, e.g. EPSG:4490 (CGCS2000) or EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E); “{}” has none.</source>
      <translation>治违数据库须使用有 EPSG 代码的坐标系，如 EPSG:4490（CGCS2000）或 EPSG:4549（CGCS2000 / 3度带高斯-克吕格投影，中央经线 120°E）；“{}”没有 EPSG 代码。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The project database {} cannot be read: {}</source>
      <translation>无法读取治违数据库 {}：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>The project database {} could not be read ({}).</source>
      <translation>无法读取治违数据库 {}（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The project database {} could not be written ({}). Nothing was imported.</source>
      <translation>无法写入治违数据库 {}（{}），未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../plugin/store/inspections.py" />
      <source>The project database {} could not be written ({}). Nothing was saved.</source>
      <translation>无法写入治违数据库 {}（{}），未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The project database {} could not be written ({}). Nothing was written back.</source>
      <translation>无法写入治违数据库 {}（{}）。未写回任何内容。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The reference data could not be generated: {}</source>
      <translation>无法生成参考数据：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The reference data is written to a GeoPackage: the file name must end in .gpkg ({}).</source>
      <translation>参考数据写入 GeoPackage：文件名必须以 .gpkg 结尾（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The reference data needs a file of its own, not the project database {}.</source>
      <translation>参考数据需要单独的文件，不能写入治违数据库 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../ui/report_dialog.py" />
      <source>The report could not be written: {}</source>
      <translation>无法生成报表：{}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The report was canceled: no file was written.</source>
      <translation>报表已取消：未生成文件。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>The report “{}” is written as a {} file, but the output file {} ends in {}: choose a file name ending in {}.</source>
      <translation>报表“{}”应保存为 {} 文件，但输出文件 {} 的扩展名为 {}：请选择以 {} 结尾的文件名。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>The row of case {} could not be written to the output: {}</source>
      <translation>案件 {} 的记录无法写入输出:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>The schema {} already exists in the database {}. Choose another schema name; an existing county schema is never overwritten.</source>
      <translation>模式 {} 已存在于数据库 {} 中。请换一个模式名称;已有的县级模式不会被覆盖。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The screening rules cannot be used: {}</source>
      <translation>隐患初判规则无法使用：{}</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>The settings cannot be read from {}: {}</source>
      <translation>无法从 {} 读取设置：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The settings of the project database {} cannot be read: {}</source>
      <translation>无法读取治违数据库 {} 的设置：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The settings of {} cannot be read ({}).</source>
      <translation>无法读取 {} 的设置（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The settings of {} cannot be read ({}); the default cycles and distance are used.</source>
      <translation>无法读取 {} 的设置（{}）；使用默认的检查周期和距离。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The settings of {} cannot be read ({}); the default rates are used.</source>
      <translation>无法读取 {} 的设置({}),使用默认标准。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The settings of {} cannot be read ({}); the default weights and distance are used.</source>
      <translation>无法读取 {} 的设置（{}）；使用默认权重和距离。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>The settings of {} could not be read ({}): the default list of prohibited classes is used.</source>
      <translation>无法读取 {} 的设置({}):使用默认的禁止建设分区列表。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>The shapefile {} has no .cpg file telling its text encoding; Chinese shapefiles are usually GBK. Set the layer's encoding to GBK (Layer Properties ▸ Source ▸ Data source encoding), or put a file {} containing the word GBK beside it, and run the import again.</source>
      <translation>Shapefile {} 没有说明文本编码的 .cpg 文件；中文 Shapefile 通常为 GBK 编码。请将图层编码设为 GBK（图层属性 ▸ 源 ▸ 数据源编码），或在同一文件夹中放置内容为 GBK 的文件 {}，然后重新导入。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>The table {} of the PostGIS county database {} cannot be opened as a layer.</source>
      <translation>表 {}（PostGIS 县级数据库 {}）无法作为图层打开。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The text encoding applies to CSV files and shapefiles; this input is read as it is.</source>
      <translation>文本编码只用于 CSV 文件和 Shapefile；本输入按原样读取。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>The township role could not be created: {}</source>
      <translation>无法新建乡镇角色:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>The township statistics could not be read.</source>
      <translation>无法读取乡镇考核统计结果。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The townships' indicators with the change since the period before, and the cases found or demolished.</source>
      <translation>各乡镇考核指标及较上期的变化，以及本期新增、拆除的案件。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The violations layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>违建图斑图层没有坐标参照系：请设置其坐标参照系（图层属性 ▸ 源）后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The violations layer has no field case_id: the flags cannot be written back.</source>
      <translation>违建图斑图层没有 case_id 字段：无法写回标注。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The violations layer has no field party_type: the cadre flag is kept as it was.</source>
      <translation>违建图斑图层没有 party_type 字段：党员干部违建标注保持原值。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The violations layer is not a table of a project database, so its case events cannot be read: the check for stale cases was skipped.</source>
      <translation>违建图斑图层不是治违数据库中的表，无法读取案件环节：已跳过停滞案件检查。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The zones cannot be transformed to the CRS of the input layer ({}): {}</source>
      <translation>区划无法转换到输入图层的坐标系（{}）：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The zones cannot be transformed to {}: {}</source>
      <translation>无法将行政区划转换到 {}:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The zones layer cannot be used: {}</source>
      <translation>无法使用行政区划图层：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The zones layer “{}” cannot be transformed to {}: {}</source>
      <translation>行政区划图层“{}”无法转换到 {}:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The zones layer “{}” has no coordinate reference system.</source>
      <translation>行政区划图层“{}”没有坐标参照系。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The zones layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>区划图层“{}”没有坐标参考系：请设置其坐标系（图层属性 ▸ 源）后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The zones layer “{}” has no field {}: choose the zones table of a project database, or a polygon layer with the fields zone_code, level and parent_code.</source>
      <translation>区划图层“{}”缺少字段 {}：请选择治违数据库的区划表，或含 zone_code、level、parent_code 字段的面图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The zones layer “{}” has no fields zone_code and level: choose the zones layer of a project database.</source>
      <translation>行政区划图层“{}”没有 zone_code 和 level 字段:请选择治违数据库的行政区划图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The zones layer “{}” has no township-level zones (township, street, park) nor village-level zones (village, community): nothing to assign to.</source>
      <translation>区划图层“{}”中既没有乡镇级区划（乡镇、街道、园区），也没有村级区划（村、社区），无法赋代码。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The zones layer “{}” has no townships or villages: import the zones first.</source>
      <translation>行政区划图层“{}”中没有乡镇或村：请先导入行政区划。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The zones layer “{}” has no zones of the level {}: choose the zones table of a project database.</source>
      <translation>行政区划图层“{}”中没有级别为 {} 的区划:请选择项目数据库的行政区划表。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The zones layer “{}” holds no township or village: township and village codes stay empty.</source>
      <translation>行政区划图层“{}”中没有乡镇或村:乡镇和村代码留空。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The {} layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>{}图层没有坐标参照系：请设置其坐标参照系（图层属性 ▸ 源）后重新运行。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>There is no case here: click inside a violation of a project database's violations layer.</source>
      <translation>此处没有案件：请点击治违数据库违建图斑图层中的图斑。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>There is no file {}.</source>
      <translation>文件 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>There is no house here: click a house of a project database's houses layer.</source>
      <translation>此处没有房屋：请点击治违数据库自建房图层中的房屋。</translation>
    </message>
    <message>
      <location filename="../plugin/store/inspections.py" />
      <source>There is no house {} in the database.</source>
      <translation>数据库中没有房屋 {}。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>These settings are stored in the project database {} and shared by everyone who uses it.</source>
      <translation>这些设置保存在治违数据库 {} 中，所有使用该数据库的人共用。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>This feature is not a house of a project database.</source>
      <translation>该要素不是治违数据库中的房屋。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>This feature is not a saved case of a project database.</source>
      <translation>该要素不是治违数据库中已保存的案件。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>This file cannot be opened as a project database: {}</source>
      <translation>无法将此文件作为治违数据库打开：{}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>This report is written as a {} file: the file name must end in {} ({}).</source>
      <translation>该报表保存为 {} 文件：文件名须以 {} 结尾({})。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>This role may not write public.layer_styles, so the styles are in {}: QGIS loads them only when that schema is on the user's search_path.</source>
      <translation>该角色无权写入 public.layer_styles,样式已存放在 {} 中:只有当该模式位于用户的 search_path 中时,QGIS 才会加载这些样式。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>This step needs no further data. It is written when the case is saved.</source>
      <translation>此环节无需填写其他信息，保存案件时写入。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>To</source>
      <translation>新状态</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Township (township, street, park)</source>
      <translation>乡镇(乡镇、街道、园区)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Township assessment statistics</source>
      <translation>乡镇考核统计</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Township code (9 digits)</source>
      <translation>乡镇代码(9位)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Townships</source>
      <translation>乡镇数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Turns the change polygons a province delivers (卫片图斑), or any other polygons, into violation cases of a project database: each new case is a clue (线索) with its own case number and its registration event.

Input: a polygon layer in any CRS, with any field names; it is reprojected to the CRS of the database.
Violations layer: the layer “violations” of the project database.
Zones layer: the zones with the townships and villages (normally the layer “zones” of the same database). Each case gets the township and the village holding the largest part of it; a polygon outside every zone is rejected.
Field map (optional): which input field fills which case field, written like JCBH:patch_no;HSX:discovered_on or as a JSON object {"JCBH": "patch_no"}; field names in any case. Empty: the preset for the common provincial names found in the input: JCBH/TBBH → patch_no, XZQDM → division_code (a hint only: the zones decide), JCMJ → reported_area, QSX → image_before, HSX → image_after, TBLX → patch_type, BHLX → change_type, JCGDMJ → farmland_area, JBNTMJ → basic_farmland_area, ZL → address, BZ → remarks. A map you write replaces the preset. Targets are the fields of the violations table that an import may fill (patch_no, batch, address, party_name, party_type, land_ownership, land_class, building_type, floors, building_area_m2, discovered_on, construction_started_on, discovery_source, the six flag_ fields, reporter, remarks) and the notes division_code, reported_area, image_before, image_after, patch_type, change_type, farmland_area, basic_farmland_area and verdict, which are kept in the remarks. The later image date (HSX) is the discovery date unless a field is mapped to discovered_on; without either, the discovery date is the day of the import. Dates may be written 20240315, 2024-03-15, 2024/3/15, 2024年3月15日 or be Excel day numbers.
Discovery source: kept on each case unless a field is mapped to discovery_source.
Batch (optional): a label kept on each case, e.g. 2024年第一季度.
Duplicate overlap: a polygon is a duplicate, and is not imported, when it has the patch number of an existing case (whatever its status) or of an earlier polygon of the input, or when it overlaps an open case, or a polygon imported earlier in the same run, by at least this share of the smaller of the two areas. Left at 0.5 (or not given), the database's setting duplicate_overlap is used; any other value is used as given.

An invalid geometry is repaired when the repair changes its area by less than 1 %; otherwise the polygon is rejected. Areas are ellipsoidal (m²). New or stock (新增/存量) is set by the database from the discovery date and the cut-off date.
Outputs: the number of cases imported; the duplicates, with the case they duplicate (duplicate_of) and the reason; the rejected polygons with the reason.
Everything is written in one transaction: when the import fails or is canceled, the database stays as it was. A shapefile whose Chinese text comes out garbled is refused, with advice on its encoding.</source>
      <translation>把省里下发的变化图斑（卫片图斑）或其他面图斑转为治违数据库中的违建案件：每个新案件为“线索”状态，有自己的案件编号和登记环节。

输入：任意坐标参照系、任意字段名的面图层；导入时投影到数据库的坐标参照系。
违建图斑图层：治违数据库的“violations”图层。
行政区划图层：含乡镇和村的行政区划（通常是同一数据库的“zones”图层）。每个案件归入与其重叠面积最大的乡镇和村；不在任何区划内的图斑被拒绝。
字段对应（可选）：哪个输入字段填写哪个案件字段，写成 JCBH:patch_no;HSX:discovered_on，或 JSON 对象 {"JCBH": "patch_no"}；字段名不区分大小写。留空时，按输入中出现的省级常用字段名使用预设：JCBH/TBBH → patch_no，XZQDM → division_code（仅作参考，以行政区划为准），JCMJ → reported_area，QSX → image_before，HSX → image_after，TBLX → patch_type，BHLX → change_type，JCGDMJ → farmland_area，JBNTMJ → basic_farmland_area，ZL → address，BZ → remarks。自己填写的对应会取代预设。目标可以是违建图斑表中允许导入的字段（patch_no、batch、address、party_name、party_type、land_ownership、land_class、building_type、floors、building_area_m2、discovered_on、construction_started_on、discovery_source、六个 flag_ 字段、reporter、remarks），以及记入备注的 division_code、reported_area、image_before、image_after、patch_type、change_type、farmland_area、basic_farmland_area 和 verdict。未对应 discovered_on 字段时，以后时相（HSX）作为发现日期；两者都没有时，以导入当天作为发现日期。日期可写成 20240315、2024-03-15、2024/3/15、2024年3月15日，或 Excel 日期序号。
发现方式：写入每个案件，除非有字段对应到 discovery_source。
批次（可选）：写入每个案件的标签，如 2024年第一季度。
重复图斑重叠比例：图斑与已有案件（不论状态）或输入中前面的图斑编号相同，或与未结案件、本次先导入的图斑重叠部分达到两者中较小面积的这一比例时，视为重复，不导入。保持 0.5（或不填）时使用数据库设置 duplicate_overlap；其他值按所填使用。

无效图形在修复后面积变化小于 1 % 时予以修复，否则拒绝该图斑。面积按椭球计算（m²）。新增/存量由数据库根据发现日期和分界日期判定。
输出：导入的案件数；重复图斑及其所重复的案件（duplicate_of）和原因；被拒绝的图斑及原因。
全部写入在一个事务中完成：导入失败或取消时，数据库保持原样。中文出现乱码的 Shapefile 会被拒绝，并给出编码设置的建议。</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>Unknown layout report {} (one of {}).</source>
      <translation>未知的布局报表 {}(可选：{})。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Validate the project database</source>
      <translation>检查治违数据库</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Viewer</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Village (village, community)</source>
      <translation>村(村、社区)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Villages</source>
      <translation>村数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Violation cases</source>
      <translation>违建图斑</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Violations</source>
      <translation>违建数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Violations layer</source>
      <translation>违建图斑图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Violations layer of the project database</source>
      <translation>治违数据库的违建图斑图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Wall maps (PDF)</source>
      <translation>挂图作战图(PDF)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Weekly summary (XLSX)</source>
      <translation>周小结(XLSX)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Weights: {}.</source>
      <translation>权重：{}。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Whole house: R = {:.2%}</source>
      <translation>整幢房屋：R = {:.2%}</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>Workflow step: {}</source>
      <translation>办理环节：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Write the flags back to the database</source>
      <translation>将标注写回数据库</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Write the results to the houses table</source>
      <translation>将结果写入自建房表</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Writes one report of a project database: a PDF made from the plugin's print layouts, or an Excel workbook.

Report (the option order is stable):
0 monthly_bulletin — 月通报, PDF: one A4 page per township with a map of its cases by status, its assessment indicators and the county ranking;
1 weekly_summary — 周小结, XLSX: the indicators of every township with the change since the week before, and the cases found or demolished;
2 daily_zero_report — 零报告, XLSX: the patrol reports of the period's last day, every village or grid that did not report marked;
3 case_ledger — 案件台账, XLSX: one row per case (cases not finished before the period), one sheet per township;
4 house_ledger — 自建房台账, XLSX: one row per house;
5 case_booklet — 一案一档, PDF: one page per case of the case ledger: map, fields, history, up to four photos;
6 house_booklet — 一栋一册, PDF: one page per house with a hazard (screening serious or some) or appraised C or D: map, grade, measures and plan, fields, inspections;
7 wall_map — 挂图作战, PDF: one A3 page per township with every open case numbered on the map and listed to be ticked off.

Violations, houses, zones: the layers of one project database (the reports read its cases, events, photos and inspections too).
Period start and end: both days included. Empty: the monthly bulletin takes last month, the weekly summary last week, the daily zero report today, the others this month.
Zone codes (optional): township or village codes separated by commas; the report is limited to them (the bulletin's ranking still shows every township). Empty: the whole county.
Output: a .pdf file for the PDF reports, an .xlsx file for the others; another extension is refused.

The figures of the bulletin, the wall maps, the weekly summary and the ledgers' summary sheets are the rows of liangwei:township_stats (township level), run for the same period and layers: a report and that algorithm never disagree. The layouts are the templates in resources/layouts, which also appear under “New from template” in the layout manager; a template adapted in the layout designer and saved under the same name (monthly_bulletin, wall_map, case_booklet, house_booklet) in the profile's composer_templates folder is used instead. A canceled or failed run leaves no output file (an existing file is kept unchanged).</source>
      <translation>写出项目数据库的一份报表:由插件的打印布局生成的 PDF,或 Excel 工作簿。

报表(选项顺序固定不变):
0 monthly_bulletin — 月通报,PDF:每个乡镇一页 A4,含按状态着色的案件地图、考核指标和全县排名;
1 weekly_summary — 周小结,XLSX:各乡镇的指标及与上周相比的变化,以及本周发现或拆除的案件;
2 daily_zero_report — 零报告,XLSX:统计期间最后一天的巡查报告,未报告的村或网格均予标记;
3 case_ledger — 案件台账,XLSX:每个案件一行(统计期间开始前已办结的除外),每个乡镇一张工作表;
4 house_ledger — 自建房台账,XLSX:每栋房屋一行;
5 case_booklet — 一案一档,PDF:案件台账中的每个案件一页:地图、字段、办理过程、最多四张照片;
6 house_booklet — 一栋一册,PDF:每栋存在隐患(初判严重或一定隐患)或鉴定为 C、D 级的房屋一页:地图、等级、措施与方案、字段、检查记录;
7 wall_map — 挂图作战,PDF:每个乡镇一页 A3,地图上为每个未结案件编号,并列表供逐一销号。

违建、自建房、行政区划:同一个项目数据库的图层(报表还会读取其中的案件、环节、照片和检查记录)。
统计开始和结束日期:均含当天。留空时:月通报取上月,周小结取上周,零报告取今天,其他报表取本月。
区划代码(可选):以逗号分隔的乡镇或村代码,报表仅限于这些区划(月通报的排名仍列出所有乡镇)。留空:全县。
输出:PDF 报表为 .pdf 文件,其他为 .xlsx 文件;其他扩展名会被拒绝。

月通报、挂图作战图、周小结和台账汇总表中的数字,即为对同一期间、同一图层运行 liangwei:township_stats(乡镇级)所得的各行:报表与该算法始终一致。布局即 resources/layouts 中的模板,也出现在布局管理器的“从模板新建”中;在布局设计器中修改后以同名(monthly_bulletin、wall_map、case_booklet、house_booklet)保存在用户配置的 composer_templates 文件夹中的模板将被优先使用。取消或失败的运行不会留下输出文件(已有文件保持不变)。</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Writing the report…</source>
      <translation>正在生成报表…</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Written ({} pages):</source>
      <translation>已生成({} 页)：</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Written back to the database: {} case(s) changed, {} unchanged.</source>
      <translation>已写回数据库：{} 件案件有变化，{} 件未变。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Written back to the database: {} house(s).</source>
      <translation>已写回数据库：{} 栋房屋。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Written in {} s: {}</source>
      <translation>用时 {} 秒，写入：{}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Written:</source>
      <translation>已生成：</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Zone codes, separated by commas (empty: the whole county)</source>
      <translation>区划代码，用逗号分隔(留空：全县)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zone polygons</source>
      <translation>行政区划面图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Zone {} (feature {})</source>
      <translation>区划 {}（要素 {}）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Zones</source>
      <translation>行政区划</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones added</source>
      <translation>新增行政区划数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones added: {}, updated: {}, rejected: {}, geometries repaired: {}.</source>
      <translation>新增行政区划 {} 个，更新 {} 个，拒绝导入 {} 个，修复几何 {} 个。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Zones layer</source>
      <translation>行政区划图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones layer of the project database</source>
      <translation>治违数据库的行政区划图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones updated</source>
      <translation>更新行政区划数</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>a collapse risk was recorded</source>
      <translation>记录有倒塌风险</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>a crack of {:g} mm (at least {:g} mm)</source>
      <translation>裂缝 {:g} mm（不小于 {:g} mm）</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>a dangerous ground makes the whole house D (member ratio {:.2%})</source>
      <translation>地基危险，整栋房屋为 D 级（构件危险比例 {:.2%}）</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>a focus business house altered without professional design</source>
      <translation>重点经营性房屋未经专业设计而改建</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>a member ratio cannot be negative: {}</source>
      <translation>构件比例不能为负：{}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>a member row must be (storey, member type, total, dangerous), not {!r}</source>
      <translation>构件记录应为（楼层，构件类型，总数，危险数），而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>a new case</source>
      <translation>一个新案件</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>a tilt of {:g} % (at least {:g} %)</source>
      <translation>倾斜率 {:g}%（不小于 {:g}%）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>a {} needs a {}-digit code, but {} has {} digits</source>
      <translation>级别“{}”需要 {} 位代码，而 {} 为 {} 位</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>altered without professional design</source>
      <translation>未经专业设计而改建</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>appraised: {}</source>
      <translation>已鉴定：{}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>built {}</source>
      <translation>{}年建成</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>create roles (it needs the CREATEROLE attribute)</source>
      <translation>创建角色(需要 CREATEROLE 属性)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>create schemas in the database {}</source>
      <translation>在数据库 {} 中创建模式</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: a settlement crack of {:g} mm (over 10 mm) with a tilt of {:g} % (over 1 %)</source>
      <translation>地基危险：沉降裂缝 {:g} mm（大于 10 mm），倾斜率 {:g}%（大于 1%）</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: a tilt of {:g} % (over {:g} % for a house of {} storey(s))</source>
      <translation>地基危险：倾斜率 {:g}%（大于 {:g}%，房屋地上 {} 层）</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: settlement of {:g} mm/month for {:g} months, still going (more than 4 mm/month for 2 months)</source>
      <translation>地基危险：沉降速率 {:g} mm/月，持续 {:g} 个月且未停止（大于 4 mm/月持续 2 个月）</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: sliding of {:g} mm, still moving (over 10 mm)</source>
      <translation>地基危险：滑移 {:g} mm 且未停止（大于 10 mm）</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: {:g} settlement cracks wider than 5 mm with a tilt of {:g} % (over 1 %)</source>
      <translation>地基危险：{:g} 条宽度大于 5 mm 的沉降裂缝，倾斜率 {:g}%（大于 1%）</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>differs from the computed grade; the worse one counts</source>
      <translation>与计算等级不一致，以较差者为准</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>every imported case starts as a clue (线索)</source>
      <translation>导入的案件一律从“线索”状态开始</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>farmland</source>
      <translation>耕地</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>feature {}</source>
      <translation>要素 {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>field {} ({}): {}</source>
      <translation>字段 {}（{}）：{}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>from the inspection of {}: this inspection does not change the grade</source>
      <translation>依据{}的检查：本次检查不改变等级</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>grade {}</source>
      <translation>{} 级</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>hills</source>
      <translation>山体</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>houses</source>
      <translation>房屋</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <location filename="../processing/algorithms/validate_database.py" />
      <source>invalid</source>
      <translation>无效</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>it belongs to a later step of the case workflow, not to a new clue</source>
      <translation>它属于案件流程的后续环节，不属于新线索</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>it cannot be transformed to {}: {}</source>
      <translation>无法转换到 {}:{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>it has no coordinates ({} and {} are empty)</source>
      <translation>缺少坐标({} 和 {} 为空)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <location filename="../processing/algorithms/import_houses.py" />
      <source>it has no geometry</source>
      <translation>没有几何</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>it has no house code (房屋编码)</source>
      <translation>缺少房屋编码</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>it has {} points: a house is one point</source>
      <translation>它有 {} 个点：一栋房屋只能是一个点</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>it is not a valid polygon once transformed to {}</source>
      <translation>转换到 {} 后不是有效的面</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>it is not filled by an import</source>
      <translation>导入不填写该字段</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}) and cannot be repaired</source>
      <translation>几何无效（{}），且无法修复</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}) and repairing it would change its area by {:.1f} % (from {:.1f} m² to {:.1f} m²), more than 1 %. Fix the polygon.</source>
      <translation>几何无效（{}），修复会使面积变化 {:.1f} %（由 {:.1f} m² 变为 {:.1f} m²），超过 1 %。请修正该多边形。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}): its rings cross so that its drawn area cannot be measured, and the repaired shape ({:.1f} m²) cannot be checked against it. Fix the polygon.</source>
      <translation>几何无效（{}）：其环相互交叉，无法量算所绘面积，因而无法核对修复后的图形（{:.1f} m²）。请修正该多边形。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>its geometry is neither a point nor a polygon</source>
      <translation>其几何既不是点也不是面</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is not a polygon</source>
      <translation>几何不是多边形</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>its location cannot be transformed to {}: {}</source>
      <translation>其位置无法转换到 {}：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>latitude</source>
      <translation>纬度</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>liangwei:grade_houses computes it</source>
      <translation>由 liangwei:grade_houses 计算</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>longitude</source>
      <translation>经度</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>measures on record: {}</source>
      <translation>已记录措施：{}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is 25 % or more → D</source>
      <translation>构件危险比例 {:.2%} 不小于 25% → D</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is below 5 % and no layer is Du → B</source>
      <translation>构件危险比例 {:.2%} 小于 5% 且无 Du 层 → B</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is below 5 % but {} layer(s) are Du → C</source>
      <translation>构件危险比例 {:.2%} 小于 5%，但有 {} 层为 Du → C</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is from 5 % to below 25 % and {} Du layer(s) are at most (F + B + 1) / 3 = {:.2f} → C</source>
      <translation>构件危险比例 {:.2%} 在 5% 至 25% 之间，Du 层数 {} 不超过（F + B + 1）/ 3 = {:.2f} → C</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is from 5 % to below 25 % but {} Du layer(s) are more than (F + B + 1) / 3 = {:.2f} → D</source>
      <translation>构件危险比例 {:.2%} 在 5% 至 25% 之间，但 Du 层数 {} 多于（F + B + 1）/ 3 = {:.2f} → D</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>no dangerous member: ratio 0 → A</source>
      <translation>无危险构件：比例为 0 → A</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>no point can be found inside its polygon</source>
      <translation>无法在其面内找到点</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>not measured</source>
      <translation>未测量</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>number of dangerous members</source>
      <translation>危险构件数</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>number of members</source>
      <translation>构件总数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>outside every zone of the database</source>
      <translation>不在数据库的任何行政区划内</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>overlaps the open case {{case}} by {:.1f} % of the smaller area</source>
      <translation>与未结案件 {{case}} 重叠，重叠部分占较小面积的 {:.1f} %</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>overlaps {}, imported earlier in this run as case {{case}}, by {:.1f} % of the smaller area</source>
      <translation>与本次先导入的{}（案件 {{case}}）重叠，重叠部分占较小面积的 {:.1f} %</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>planned projects</source>
      <translation>规划建设项目</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>railways</source>
      <translation>铁路</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>rivers</source>
      <translation>河流</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>roads</source>
      <translation>公路</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: unknown key {} (known here: {})</source>
      <translation>规则：未知的键 {}（此处可用：{}）</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} cannot be set</source>
      <translation>规则：{} 不能设置</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} holds {!r}, which is not one of {}</source>
      <translation>规则：{} 中的 {!r} 不是 {} 之一</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} must be a list, not {!r}</source>
      <translation>规则：{} 必须是列表，而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} must be a number of 0 or more (or null to switch the rule off), not {!r}</source>
      <translation>规则：{} 必须是不小于 0 的数（或 null 以关闭该规则），而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} must be an object {{…}}, not {!r}</source>
      <translation>规则：{} 必须是对象 {{…}}，而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} must be true or false, not {!r}</source>
      <translation>规则：{} 必须是 true 或 false，而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>same patch number {} as an earlier polygon of the input (case {{case}})</source>
      <translation>与输入中前面的图斑编号相同，均为 {}（案件 {{case}}）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>same patch number {} as case {{case}}</source>
      <translation>与案件 {{case}} 的图斑编号 {} 相同</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>storey</source>
      <translation>楼层</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>storey {}, {}</source>
      <translation>第 {} 层，{}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>storeys above ground unknown: the grade cannot be computed</source>
      <translation>地上层数不详：无法计算等级</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the annual quota “{}” is not a number of m² (0 or more)</source>
      <translation>年度任务“{}”不是有效的面积数值（m²，不小于 0）</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the appraisal date {} needs the appraisal status 鉴定中 or 已鉴定, not {}</source>
      <translation>鉴定日期 {} 要求鉴定状态为“鉴定中”或“已鉴定”，而不是 {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the appraisal grade {} needs the appraisal status 已鉴定 (done), not {}</source>
      <translation>鉴定等级 {} 要求鉴定状态为“已鉴定”，而不是 {}</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>the attachment has no content</source>
      <translation>附件没有内容</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>the coordinates {}, {} are not a longitude and a latitude (set the CRS of the coordinates)</source>
      <translation>坐标 {}, {} 不是经纬度(请设置坐标的坐标参考系)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>the coordinates “{}”, “{}” are not numbers</source>
      <translation>坐标“{}”、“{}”不是数字</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>the database computes it</source>
      <translation>由数据库计算</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>the database derives it from the discovery or construction date and the cut-off date</source>
      <translation>由数据库根据发现日期或开工日期与分界日期判定</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the database keeps it</source>
      <translation>由数据库维护</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the date {} lies in the future</source>
      <translation>日期 {} 在将来</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>the default list</source>
      <translation>默认列表</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>the defaults</source>
      <translation>默认规则</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the division code is empty</source>
      <translation>行政区划代码为空</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the document</source>
      <translation>整个文件</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the floor area {} m² is impossible: it must be greater than 0</source>
      <translation>建筑面积 {} m² 不可能：必须大于 0</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the geometry cannot be transformed to {}: {}</source>
      <translation>几何无法转换到 {}：{}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the ground indicator {} cannot be negative: {}</source>
      <translation>地基指标 {} 不能为负：{}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the ground indicator {} is not a number: {!r}</source>
      <translation>地基指标 {} 不是数字：{!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the ground is dangerous (JGJ 125 stage 1)</source>
      <translation>地基危险（JGJ 125 第一阶段）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>the house code {} already appears in {}, an earlier row of the input; only the first one counts</source>
      <translation>房屋编码 {} 已出现在输入数据靠前的 {} 中；只取第一条</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the house code {} belongs to the county {}, not to the county {} of the project database</source>
      <translation>房屋编码 {} 属于县 {}，不属于本项目数据库的县 {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the house code “{}” is malformed: a house code is YH, the 6-digit county code and 9 digits, e.g. YH330624100000123</source>
      <translation>房屋编码“{}”格式错误：房屋编码由 YH、6 位县级代码和 9 位数字组成，例如 YH330624100000123</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>the import writes the name of the QGIS user</source>
      <translation>导入时写入 QGIS 用户名</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the inspector's screening: {}</source>
      <translation>检查人员的初判：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the name is empty</source>
      <translation>名称为空</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the number of basement storeys is not a number: {!r}</source>
      <translation>地下层数不是数字：{!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the number of basement storeys must be a whole number of 0 or more, not {!r}</source>
      <translation>地下层数必须是不小于 0 的整数，而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the number of storeys above ground is needed to grade a house (it is {!r})</source>
      <translation>房屋分级需要地上层数（现为 {!r}）</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the number of storeys above ground must be a whole number of 1 or more, not {!r}</source>
      <translation>地上层数必须是不小于 1 的整数，而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>the parameter Prohibited classes</source>
      <translation>参数“禁止建设的分区”</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the parent code “{}” is not the beginning of the zone code {}</source>
      <translation>上级代码“{}”与行政区划代码 {} 的开头不一致</translation>
    </message>
    <message>
      <location filename="../plugin/gis/case_tools.py" />
      <source>the polygon cannot be transformed to {}: {}</source>
      <translation>图斑无法转换到 {}：{}</translation>
    </message>
    <message>
      <location filename="../plugin/gis/case_tools.py" />
      <source>the polygon has no area</source>
      <translation>图斑没有面积</translation>
    </message>
    <message>
      <location filename="../plugin/gis/case_tools.py" />
      <source>the polygon is empty</source>
      <translation>图斑为空</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the rules file {} cannot be read: {}</source>
      <translation>无法读取规则文件 {}：{}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the rules file {} is not valid JSON: {}</source>
      <translation>规则文件 {} 不是有效的 JSON：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>the setting of the project database {}</source>
      <translation>治违数据库 {} 的设置</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the tilt cannot exceed 100 %: {}</source>
      <translation>倾斜率不能超过 100%：{}</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>the township is decided by the zones (largest overlap); map the division code to division_code to keep it as a hint</source>
      <translation>乡镇由行政区划（最大重叠）决定；如需保留行政区代码作参考，请对应到 division_code</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>the village is decided by the zones (largest overlap); map the division code to division_code to keep it as a hint</source>
      <translation>村由行政区划（最大重叠）决定；如需保留行政区代码作参考，请对应到 division_code</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the year {} is before 1800</source>
      <translation>年份 {} 早于 1800 年</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the year {} lies in the future</source>
      <translation>年份 {} 在将来</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>the zones layer places it in {}, which is not a zone of the project database</source>
      <translation>行政区划图层将它划入 {}，但治违数据库中没有该区划</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>unknown level “{}” (use county, township, street, park, village, community or grid, or 县, 乡镇, 街道, 园区, 村, 社区, 网格)</source>
      <translation>未知级别“{}”（可用 县、乡镇、街道、园区、村、社区、网格，或 county、township、street、park、village、community、grid）</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>unknown member type {!r} (known: {})</source>
      <translation>未知的构件类型 {!r}（可用：{}）</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>{:g} crack(s) wider than 5 mm</source>
      <translation>{:g} 条宽度大于 5 mm 的裂缝</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{}
{} · added {} by {}</source>
      <translation>{}
{} · {} 由 {} 添加</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{}
{} · not saved yet</source>
      <translation>{}
{} · 尚未保存</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{} (fixed by this step)</source>
      <translation>{}（由此环节确定）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>{} (house {})</source>
      <translation>{}(房屋 {})</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} (new)</source>
      <translation>{}（新）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>{} already exists. Choose another file name, or tick “Overwrite an existing file” to replace it.</source>
      <translation>{} 已存在。请另选文件名，或勾选“覆盖已有文件”予以替换。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>{} already exists. Choose another file name, or tick “Overwrite the file if it exists” to replace it.</source>
      <translation>{} 已存在。请另选文件名，或勾选“文件已存在时覆盖”予以替换。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{} and feature {} (“{}”) have the same division code {}: each zone may appear only once in the input. Nothing was imported.</source>
      <translation>{}与要素 {}（“{}”）的行政区划代码同为 {}：每个行政区划在输入中只能出现一次。未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} bytes</source>
      <translation>{} 字节</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} cannot be opened: {}</source>
      <translation>无法打开 {}：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>{} cannot be read directly ({}); reading it through QGIS.</source>
      <translation>无法直接读取 {}({}),改由 QGIS 读取。</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} cannot be read: {}</source>
      <translation>无法读取 {}：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>{} cannot be replaced: the current project has layers from it ({}). Remove them from the project first.</source>
      <translation>无法替换 {}：当前项目中有来自该文件的图层（{}）。请先将其从项目中移除。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{} case(s) have no discovery date in the input: the day of the import ({}) is used.</source>
      <translation>{} 个案件在输入中没有发现日期：使用导入当天（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>{} cases and {} houses read; {} of them crossed a cell boundary and were placed by their largest overlap.</source>
      <translation>已读取 {} 个案件和 {} 栋房屋;其中 {} 个跨越网格单元边界,按最大重叠面积归属。</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>{} changed this case at {}, after you opened it. Your changes were not saved: reload the case to see theirs, then enter yours again.</source>
      <translation>{} 在您打开本案件之后于 {} 修改了它。您的修改未保存：请重新载入案件查看对方的修改，然后重新录入您的修改。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{} count(s) of the inspection of {} have no place in this house's storeys and were left out.</source>
      <translation>{}项构件统计（{}检查）与本房屋的楼层不符，已略去。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>{} feature {} (layer “{}”)</source>
      <translation>{}要素 {}(图层“{}”)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{} feature(s) were rejected and not imported; their reasons are listed above.</source>
      <translation>{} 个要素被拒绝，未导入；原因见上文。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>{} feature(s) were skipped because of their geometry; they are named above.</source>
      <translation>{} 个要素因几何问题被跳过,详见上文。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{} features have no geometry; their codes are empty.</source>
      <translation>{} 个要素没有几何，其代码为空。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{} features lie in a township but in none of its villages; their village code is empty.</source>
      <translation>{} 个要素位于乡镇内，但不在其任何村内，其村代码为空。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{} features lie outside every zone; their codes are empty (feature ids: {}).</source>
      <translation>{} 个要素落在所有区划之外，其代码为空（要素编号：{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>{} house(s) were rejected and not imported; their reasons are listed above and in the output “Rejected houses”.</source>
      <translation>{} 栋房屋未导入；原因见上文及输出“未导入的房屋”。</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} is a folder, not a file.</source>
      <translation>{} 是文件夹，不是文件。</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>{} is impossible: it must be at least {}</source>
      <translation>{} 不可能：不得小于 {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>{} is impossible: it must be at most {}</source>
      <translation>{} 不可能：不得大于 {}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>{} is not a QGIS layout template.</source>
      <translation>{} 不是 QGIS 布局模板。</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} is too large ({}); attachments are limited to {}.</source>
      <translation>{} 太大（{}）；附件不能超过 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{} of the layer “{}” cannot be transformed to {}: {}</source>
      <translation>{}（图层“{}”）无法转换到 {}：{}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>{} of {} chosen</source>
      <translation>已选 {} / {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{} of {} features assigned to a township.</source>
      <translation>{} 个要素（共 {} 个）已确定乡镇。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{} open case(s) in the database are checked for duplicates.</source>
      <translation>已检查数据库中 {} 个未结案件是否重复。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>{} planning polygon(s) have no class: cases there count as outside every class.</source>
      <translation>{} 个规划面没有分区类别:位于其中的案件部分视为不在任何分区内。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{} polygon(s) were rejected and not imported; their reasons are listed above and in the output “Rejected patches”.</source>
      <translation>{} 个图斑被拒绝，未导入；原因见上文及输出“被拒绝的图斑”。</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>{} setting(s) saved in {}.</source>
      <translation>已保存 {} 项设置（{}）。</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>{} shown: {} open, {} overdue, {} stale</source>
      <translation>显示 {} 件：未结 {} 件，逾期 {} 件，停滞 {} 件</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{} storey(s) above ground</source>
      <translation>地上{}层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>{} written.</source>
      <translation>已生成 {}。</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>{} years old, built as {}</source>
      <translation>房龄 {} 年，结构为 {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>{} zones written.</source>
      <translation>已输出 {} 个区划。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: appraised {} but no rectification measure is recorded.</source>
      <translation>{}：鉴定为{}，但未记录整治措施。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: at most {:g}, not {}.</source>
      <translation>{}：最大为{:g}，不能为{}。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: cannot be after {}.</source>
      <translation>{}：不能晚于{}。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: cannot be before 1900.</source>
      <translation>{}：不能早于1900年。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: cannot be before {}.</source>
      <translation>{}：不能早于{}。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: cannot lie in the future.</source>
      <translation>{}：不能是将来的日期。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: choose the kind of inspection.</source>
      <translation>{}：请选择检查类型。</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: counted twice</source>
      <translation>{}：重复统计</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>{}: dangerous members</source>
      <translation>{}：危险构件数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{}: duplicate, not imported ({}).</source>
      <translation>{}：重复，未导入（{}）。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: exceeds {} (by more than 5 %).</source>
      <translation>{}：超过{}（超出5%以上）。</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: foundation members belong to storey 0 and every other member to a storey above (1, 2 …) or below ground (-1, -2 …)</source>
      <translation>{}：基础构件属于第 0 层，其他构件属于地上楼层（1、2 …）或地下楼层（-1、-2 …）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: invalid geometry repaired ({}).</source>
      <translation>{}：已修复无效几何（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: it has no geometry.</source>
      <translation>{}：没有几何图形。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: it lies outside every township and village of the zones layer.</source>
      <translation>{}：位于行政区划图层所有乡镇和村（社区）之外。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{}: its division code {} disagrees with the zones, which place it in {} / {} (the zones decide).</source>
      <translation>{}：其行政区代码 {} 与行政区划不一致，行政区划将它划入 {} / {}（以行政区划为准）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: its township code is {}, but it lies in township {}.</source>
      <translation>{}：乡镇代码为 {}，但位于乡镇 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: its village code is {}, but it lies in village {}.</source>
      <translation>{}：村（社区）代码为 {}，但位于村（社区）{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: mandatory field(s) empty: {}.</source>
      <translation>{}：必填字段为空：{}。</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: member counts cannot be negative (total {}, dangerous {})</source>
      <translation>{}：构件数不能为负（总数 {}，危险数 {}）</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>{}: members</source>
      <translation>{}：构件总数</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be a number.</source>
      <translation>{}：必须是数字。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be a real date (YYYY-MM-DD).</source>
      <translation>{}：必须是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be a whole number.</source>
      <translation>{}：必须是整数。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be at least {}.</source>
      <translation>{}：不能小于 {}。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be at most {}.</source>
      <translation>{}：不能大于 {}。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be filled in.</source>
      <translation>{}：必须填写。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: open ({}) and no event was ever recorded for it.</source>
      <translation>{}：未结案（{}），且从未记录任何办理环节。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: open ({}) with no event for {} days (last event on {}; allowed {} days).</source>
      <translation>{}：未结案（{}），已 {} 天无办理环节（最近环节 {}；允许 {} 天）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: the database refused it ({}). Nothing was imported.</source>
      <translation>{}：数据库拒绝写入（{}）。未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: the geometry is invalid ({}).</source>
      <translation>{}：几何图形无效（{}）。</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: the house has only {} storey(s) above ground</source>
      <translation>{}：该房屋地上只有 {} 层</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: the house has {} basement storey(s)</source>
      <translation>{}：该房屋有 {} 层地下室</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: the polygon lies outside every township of the zones table. Draw it inside the county, or import the zones first.</source>
      <translation>{}：图斑不在行政区划表的任何乡镇内。请在本县范围内绘制，或先导入行政区划。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{}: the reported area {} differs from the measured {:.1f} m² by more than 5 %.</source>
      <translation>{}：监测面积 {} 与实测的 {:.1f} m² 相差超过 5 %。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: the step {} is not allowed by the workflow.</source>
      <translation>{}：流程不允许办理环节 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: the text “{}” is garbled, so the input's encoding is wrong and nothing was imported. {}</source>
      <translation>{}：文本“{}”为乱码，说明输入数据的编码设置有误，未导入任何数据。{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>{}: the text “{}” is garbled, so the input's text encoding is wrong and nothing was imported. Choose the encoding (GBK or UTF-8) and run the import again.</source>
      <translation>{}：文本“{}”是乱码，说明输入数据的文本编码不对，未导入任何数据。请选择编码(GBK 或 UTF-8)后重新导入。</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: the {} is not a whole number ({!r})</source>
      <translation>{}：{} 不是整数（{!r}）</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: this step needs a written reason.</source>
      <translation>{}：此环节需要写明理由。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: this step requires {}.</source>
      <translation>{}：此环节要求为“{}”。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: unknown value {}.</source>
      <translation>{}：未知的值 {}。</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>{}: weight {:g}</source>
      <translation>{}：权重{:g}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: {} (R = {:.2%})</source>
      <translation>{}：{}（危险构件比 R = {:.2%}）</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: {} dangerous members but only {} members</source>
      <translation>{}：危险构件 {} 个，但构件总数只有 {} 个</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: {} dangerous members but only {} members.</source>
      <translation>{}：危险构件{}个，但构件总数只有{}个。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: {} lies in the future; an inspection cannot be dated after today ({}).</source>
      <translation>{}：{} 是将来的日期；检查日期不能晚于今天（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: {} problem(s)</source>
      <translation>{}：{} 个问题</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>{}: {}; skipped.</source>
      <translation>{}:{};已跳过。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: “{}” is not a number.</source>
      <translation>{}：“{}”不是数字。</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: “{}” is not a whole number.</source>
      <translation>{}：“{}”不是整数。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>{}; area changed by {:.3f} %</source>
      <translation>{}；面积变化 {:.3f} %</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” cannot be filled by an import: {}.</source>
      <translation>“{}”不能由导入填写：{}。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>“{}” cannot be less than “{}”.</source>
      <translation>“{}”不能小于“{}”。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>“{}” is not a 6, 9, 12 or 15-digit division code</source>
      <translation>“{}”不是 6、9、12 或 15 位的行政区划代码</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not a date (write it like 2024-03-15, 20240315, 2024/3/15 or 2024年3月15日)</source>
      <translation>“{}”不是日期（请写成 2024-03-15、20240315、2024/3/15 或 2024年3月15日）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <source>“{}” is not a date.</source>
      <translation>“{}”不是日期。</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not a field that can be imported. Use one of: {}.</source>
      <translation>“{}”不是可导入的字段。可用的有：{}。</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>“{}” is not a house field that can be imported. Use one of: {}.</source>
      <translation>“{}”不是可导入的房屋字段。可用字段：{}。</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not a number</source>
      <translation>“{}”不是数字</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not a whole number</source>
      <translation>“{}”不是整数</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>“{}” is not a year (write it like 1998, 1998年 or 1990年代)</source>
      <translation>“{}”不是年份(应写作 1998、1998年 或 1990年代)</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not one of {}</source>
      <translation>“{}”不在可选值中：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>“{}” is not the schema of a county database.</source>
      <translation>“{}”不是全县数据库的模式。</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not yes or no (1/0, 是/否)</source>
      <translation>“{}”不是“是”或“否”（1/0、是/否）</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>“{}” is not yes or no (是/否, 1/0, Y/N)</source>
      <translation>“{}”不是“是”或“否”(是/否、1/0、Y/N)</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Cancel</source>
      <translation>取消(&amp;C)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Open the file when done</source>
      <translation>完成后打开文件(&amp;O)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Period</source>
      <translation>统计期(&amp;P)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Report</source>
      <translation>报表(&amp;R)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Townships</source>
      <translation>乡镇(街道)(&amp;T)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;from</source>
      <translation>从(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;to</source>
      <translation>至(&amp;T)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>Export a report</source>
      <translation>导出报表</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>Output &amp;file</source>
      <translation>输出文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>Select &amp;all</source>
      <translation>全选(&amp;A)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>Select &amp;none</source>
      <translation>全不选(&amp;N)</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>The townships the report covers; all of them: the whole county.</source>
      <translation>报表包含的乡镇(街道)；全部选中即为全县。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.ui" />
      <source>Project settings</source>
      <translation>项目设置</translation>
    </message>
  </context>
  <context>
    <name>TransitionDialog</name>
    <message>
      <location filename="../ui/transition_dialog.ui" />
      <source>&amp;Note</source>
      <translation>说明(&amp;N)</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.ui" />
      <source>The step is written when the case is saved.</source>
      <translation>保存案件时写入该环节。</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.ui" />
      <source>Workflow step</source>
      <translation>办理环节</translation>
    </message>
  </context>
</TS>
