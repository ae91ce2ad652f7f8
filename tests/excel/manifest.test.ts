// manifest.xml: read by office-addin-manifest, and checked against the XSD's element order and
// the facts the pane depends on (TaskPaneApp, Workbook, ExcelApi 1.9, the pane's URL, icons served).
import { readFileSync } from "node:fs";
import { OfficeAddinManifest } from "office-addin-manifest";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";

const MANIFEST = new URL("../../manifest.xml", import.meta.url).pathname;

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root!;
}

const child = (e: XmlElement, name: string): XmlElement => {
  const found = e.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${e.name}> has no <${name}>`);
  return found;
};

function descendants(e: XmlElement): XmlElement[] {
  return e.children.flatMap((c) => [c, ...descendants(c)]);
}

const XSD_ORDER = [
  "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
  "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
];

describe("manifest.xml", () => {
  const xml = readFileSync(MANIFEST, "utf8");
  const root = parseXml(xml);

  it("is read by office-addin-manifest as an Excel task pane app", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.manifestType).toBe("xml");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:8443/addin/excel/taskpane.html");
    expect(info.displayName).toBe("Process mapping");
  });

  it("lists OfficeApp's children in the order the XSD requires", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    const names = root.children.map((c) => c.name);
    const positions = names.map((n) => XSD_ORDER.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "DefaultSettings", "Permissions"]) {
      expect(names).toContain(required);
    }
  });

  it("requires ExcelApi 1.9 and checks notes and comments at run time, not in the manifest", () => {
    const sets = child(child(root, "Requirements"), "Sets").children;
    expect(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([["ExcelApi", "1.9"]]);
  });

  it("serves every URL from the service's /addin/excel/ over HTTPS on one origin", () => {
    const urls = [
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((n) => child(root, n).attributes.DefaultValue),
      child(child(root, "DefaultSettings"), "SourceLocation").attributes.DefaultValue,
      ...descendants(child(root, "VersionOverrides"))
        .filter((e) => e.name === "bt:Image" || e.name === "bt:Url")
        .map((e) => e.attributes.DefaultValue)
        .filter((v): v is string => v !== undefined),
    ];
    expect(urls.length).toBeGreaterThan(6);
    for (const url of urls) expect(new URL(url).origin).toBe("https://localhost:8443");
    const domains = child(root, "AppDomains").children.map((d) => d.text.trim());
    expect(domains).toEqual(["https://localhost:8443"]);
  });

  it("names only icons the build copies, and every resid it uses is defined", () => {
    const built = new Set([16, 32, 64, 80, 128].map((s) => `/addin/excel/assets/icon-${s}.png`));
    const icons = xml.match(/https:\/\/localhost:8443\/addin\/excel\/assets\/[^"]+/g) ?? [];
    for (const icon of icons) expect(built.has(new URL(icon).pathname)).toBe(true);
    const overrides = child(root, "VersionOverrides");
    const defined = new Set(descendants(child(overrides, "Resources")).map((e) => e.attributes.id).filter(Boolean));
    const used = descendants(child(overrides, "Hosts")).map((e) => e.attributes.resid).filter(Boolean);
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) expect(defined.has(resid)).toBe(true);
  });

  it("orders VersionOverrides as the schema does: Hosts then Resources; DesktopFormFactor: GetStarted, FunctionFile, ExtensionPoint", () => {
    const overrides = child(root, "VersionOverrides");
    expect(overrides.attributes.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(overrides.children.map((c) => c.name)).toEqual(["Hosts", "Resources"]);
    const desktop = child(child(child(overrides, "Hosts"), "Host"), "DesktopFormFactor");
    expect(desktop.children.map((c) => c.name)).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    const resources = child(overrides, "Resources").children.map((c) => c.name);
    expect(resources).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });
});
