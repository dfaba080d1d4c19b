<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" maxScale="0" minScale="1e+08" readOnly="0" styleCategories="LayerConfiguration|Symbology|Symbology3D|Labeling|Fields|Forms|Actions|MapTips|Diagrams|AttributeTable|Rendering|GeometryOptions|Temporal|Legend|Elevation|Notes" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" durationField="" durationUnit="min" enabled="0" endExpression="" endField="" fixedDuration="0" limitMode="0" mode="0" startExpression="" startField="">
    <fixedRange>
      <start />
      <end />
    </fixedRange>
  </temporal>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value="" />
    </activeChecks>
    <checkConfiguration />
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector" />
  <fieldConfiguration>
    <field configurationFlags="None" name="report_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="zone_code">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="report_date">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_iso_format" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="reported_at">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss" />
            <Option name="field_iso_format" type="bool" value="true" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="found_count">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="summary">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="reporter">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="note">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="created_at">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss" />
            <Option name="field_iso_format" type="bool" value="true" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="updated_at">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss" />
            <Option name="field_iso_format" type="bool" value="true" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="updated_by">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="report_id" index="0" name="报告编号" />
    <alias field="zone_code" index="1" name="村(社区)/网格" />
    <alias field="report_date" index="2" name="报告日期" />
    <alias field="reported_at" index="3" name="上报时间" />
    <alias field="found_count" index="4" name="发现违建数" />
    <alias field="summary" index="5" name="发现情况" />
    <alias field="reporter" index="6" name="上报人" />
    <alias field="note" index="7" name="备注" />
    <alias field="created_at" index="8" name="创建时间" />
    <alias field="updated_at" index="9" name="更新时间" />
    <alias field="updated_by" index="10" name="更新人" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="report_id" />
    <default applyOnUpdate="0" expression="" field="zone_code" />
    <default applyOnUpdate="0" expression="" field="report_date" />
    <default applyOnUpdate="0" expression="" field="reported_at" />
    <default applyOnUpdate="0" expression="" field="found_count" />
    <default applyOnUpdate="0" expression="" field="summary" />
    <default applyOnUpdate="0" expression="" field="reporter" />
    <default applyOnUpdate="0" expression="" field="note" />
    <default applyOnUpdate="0" expression="" field="created_at" />
    <default applyOnUpdate="0" expression="" field="updated_at" />
    <default applyOnUpdate="0" expression="" field="updated_by" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="report_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="1" exp_strength="0" field="zone_code" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="report_date" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="reported_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="found_count" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="summary" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="reporter" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="note" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="created_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="report_id" />
    <constraint desc="" exp="" field="zone_code" />
    <constraint desc="" exp="" field="report_date" />
    <constraint desc="" exp="" field="reported_at" />
    <constraint desc="" exp="" field="found_count" />
    <constraint desc="" exp="" field="summary" />
    <constraint desc="" exp="" field="reporter" />
    <constraint desc="" exp="" field="note" />
    <constraint desc="" exp="" field="created_at" />
    <constraint desc="" exp="" field="updated_at" />
    <constraint desc="" exp="" field="updated_by" />
  </constraintExpressions>
  <expressionfields />
  <attributeactions />
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
    <columns />
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles />
    <fieldstyles />
  </conditionalstyles>
  <storedexpressions />
  <editform tolerant="1" />
  <editforminit />
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath />
  <editforminitcode />
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field editable="0" name="created_at" />
    <field editable="1" name="found_count" />
    <field editable="1" name="note" />
    <field editable="1" name="report_date" />
    <field editable="0" name="report_id" />
    <field editable="1" name="reported_at" />
    <field editable="1" name="reporter" />
    <field editable="1" name="summary" />
    <field editable="0" name="updated_at" />
    <field editable="1" name="updated_by" />
    <field editable="1" name="zone_code" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>"zone_code" || ' ' || to_string("report_date")</previewExpression>
  <mapTip />
  <layerGeometryType>4</layerGeometryType>
</qgis>
