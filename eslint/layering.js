// A small local ESLint rule that enforces eslint/layers.js: relative imports must land in
// a layer the importer may use; 'electron', Node built-ins and better-sqlite3 only where
// the table allows them; every linted file must belong to a layer.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { layerOf, mayImport } from './layers.js';

const ROOT = resolve(import.meta.dirname, '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const NODE_ONLY_PACKAGES = new Set(['better-sqlite3', 'ws', 'exceljs', 'iconv-lite', 'receiptline', 'csv-parse']);
const DOM_PACKAGES = ['react', 'react-dom', 'react-i18next'];

function toRel(file) {
  return relative(ROOT, file).split('\\').join('/');
}

function packageName(spec) {
  if (spec.startsWith('@')) return spec.split('/').slice(0, 2).join('/');
  return spec.split('/')[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'enforce the import table of eslint/layers.js' },
    schema: [],
  },
  create(context) {
    const fileRel = toRel(context.filename);
    const layer = layerOf(fileRel);
    if (!layer) {
      return {
        Program(node) {
          context.report({ node, message: `${fileRel} is in no layer of eslint/layers.js: add its folder to the table` });
        },
      };
    }
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = toRel(resolve(dirname(context.filename), spec));
        const targetLayer = layerOf(target);
        if (!targetLayer) {
          context.report({ node, message: `import of ${target}, which is in no layer` });
          return;
        }
        if (!mayImport(layer, targetLayer)) {
          // Name the way the table runs, so a would-be cycle explains itself.
          const reverse = mayImport(targetLayer, layer) ? ` (${targetLayer.name} depends on ${layer.name}: the dependency runs one way)` : '';
          context.report({ node, message: `${layer.name} may not import from ${targetLayer.name} (${spec})${reverse}` });
          return;
        }
        if (targetLayer.door && targetLayer !== layer && !layer.mayImport.includes('*') && target !== targetLayer.door) {
          context.report({ node, message: `${layer.name} reaches ${targetLayer.name} only through its door ${targetLayer.door}, not ${target}` });
        }
        return;
      }
      const pkg = packageName(spec);
      if (pkg === 'electron' && !layer.electron) {
        context.report({ node, message: `only electron/main and electron/preload may import 'electron' (found in ${layer.name})` });
      } else if ((NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(pkg)) && !layer.node) {
        context.report({ node, message: `${layer.name} may not import the Node built-in '${spec}'` });
      } else if (NODE_ONLY_PACKAGES.has(pkg) && !layer.node) {
        context.report({ node, message: `${layer.name} may not import the Node-only package '${pkg}'` });
      } else if (DOM_PACKAGES.includes(pkg) && !layer.dom) {
        context.report({ node, message: `${layer.name} may not import '${pkg}' (UI code belongs in renderer/)` });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};


export const layeringPlugin = { rules: { layering: layeringRule } };
