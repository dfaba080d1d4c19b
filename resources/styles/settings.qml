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
    <field configurationFlags="None" name="setting_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="key">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="value_type">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="value">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
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
    <alias field="setting_id" index="0" name="" />
    <alias field="key" index="1" name="键" />
    <alias field="value_type" index="2" name="类型" />
    <alias field="value" index="3" name="值" />
    <alias field="updated_at" index="4" name="更新时间" />
    <alias field="updated_by" index="5" name="更新人" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="setting_id" />
    <default applyOnUpdate="0" expression="" field="key" />
    <default applyOnUpdate="0" expression="" field="value_type" />
    <default applyOnUpdate="0" expression="" field="value" />
    <default applyOnUpdate="0" expression="" field="updated_at" />
    <default applyOnUpdate="0" expression="" field="updated_by" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="setting_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="3" exp_strength="0" field="key" notnull_strength="1" unique_strength="1" />
    <constraint constraints="1" exp_strength="0" field="value_type" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="value" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="setting_id" />
    <constraint desc="" exp="" field="key" />
    <constraint desc="" exp="" field="value_type" />
    <constraint desc="" exp="" field="value" />
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
    <field editable="1" name="key" />
    <field editable="0" name="setting_id" />
    <field editable="0" name="updated_at" />
    <field editable="1" name="updated_by" />
    <field editable="1" name="value" />
    <field editable="1" name="value_type" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>"key"</previewExpression>
  <mapTip />
  <layerGeometryType>4</layerGeometryType>
</qgis>
