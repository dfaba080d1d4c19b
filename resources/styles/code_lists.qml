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
    <field configurationFlags="None" name="code_row_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="list_name">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="code">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="zh">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="en">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sort_order">
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
    <alias field="code_row_id" index="0" name="行编号" />
    <alias field="list_name" index="1" name="代码表" />
    <alias field="code" index="2" name="代码" />
    <alias field="zh" index="3" name="中文名称" />
    <alias field="en" index="4" name="英文名称" />
    <alias field="sort_order" index="5" name="排序" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="code_row_id" />
    <default applyOnUpdate="0" expression="" field="list_name" />
    <default applyOnUpdate="0" expression="" field="code" />
    <default applyOnUpdate="0" expression="" field="zh" />
    <default applyOnUpdate="0" expression="" field="en" />
    <default applyOnUpdate="0" expression="" field="sort_order" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="code_row_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="1" exp_strength="0" field="list_name" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="code" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="zh" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="en" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="sort_order" notnull_strength="1" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="code_row_id" />
    <constraint desc="" exp="" field="list_name" />
    <constraint desc="" exp="" field="code" />
    <constraint desc="" exp="" field="zh" />
    <constraint desc="" exp="" field="en" />
    <constraint desc="" exp="" field="sort_order" />
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
    <field editable="1" name="code" />
    <field editable="0" name="code_row_id" />
    <field editable="1" name="en" />
    <field editable="1" name="list_name" />
    <field editable="1" name="sort_order" />
    <field editable="1" name="zh" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>"list_name" || ': ' || "zh"</previewExpression>
  <mapTip />
  <layerGeometryType>4</layerGeometryType>
</qgis>
