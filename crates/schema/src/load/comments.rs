//! Reading `#` comment blocks as descriptions, for schema printers that write descriptions that way.
//!
//! The comments come from apollo-parser's lexer, so a `#` inside a string is never taken for one.
//! A block of comment lines is attached to the first token after it, and a definition, field,
//! argument or enum value that starts at that token and has no description takes the block.

use std::collections::HashMap;

use apollo_compiler::ast::{self, Definition};
use apollo_compiler::Node;
use apollo_parser::{Lexer, TokenKind};

/// Comment blocks keyed by the byte offset of the token that follows each block.
pub(super) struct CommentDescriptions {
    blocks: HashMap<usize, String>,
}

impl CommentDescriptions {
    /// Lexes `text` and collects every comment block with the offset of the token after it.
    pub(super) fn scan(text: &str) -> Self {
        let mut blocks = HashMap::new();
        let mut pending: Vec<&str> = Vec::new();
        let mut blank_lines_since_comment = false;
        for token in Lexer::new(text).filter_map(Result::ok) {
            match token.kind() {
                TokenKind::Comment => {
                    if blank_lines_since_comment {
                        pending.clear();
                    }
                    blank_lines_since_comment = false;
                    let body = token.data().trim_start_matches('#');
                    pending.push(body.strip_prefix(' ').unwrap_or(body).trim_end());
                }
                TokenKind::Whitespace => {
                    if token.data().matches('\n').count() > 1 {
                        blank_lines_since_comment = true;
                    }
                }
                TokenKind::Comma => {}
                _ => {
                    if !pending.is_empty() && !blank_lines_since_comment {
                        blocks.insert(token.index(), pending.join("\n"));
                    }
                    pending.clear();
                    blank_lines_since_comment = false;
                }
            }
        }
        CommentDescriptions { blocks }
    }

    /// Gives every item without a description the comment block right before it.
    /// Returns how many descriptions were set.
    pub(super) fn apply(&self, document: &mut ast::Document) -> usize {
        let mut count = 0;
        for definition in &mut document.definitions {
            count += self.apply_definition(definition);
        }
        count
    }

    fn take(&self, description: &mut Option<Node<str>>, offset: Option<usize>) -> usize {
        if description.is_some() {
            return 0;
        }
        match offset.and_then(|offset| self.blocks.get(&offset)) {
            Some(block) => {
                *description = Some(Node::new_str(block));
                1
            }
            None => 0,
        }
    }

    fn apply_definition(&self, definition: &mut Definition) -> usize {
        let offset = definition.location().map(|span| span.offset());
        match definition {
            Definition::ObjectTypeDefinition(def) => {
                let def = def.make_mut();
                self.take(&mut def.description, offset) + self.apply_fields(&mut def.fields)
            }
            Definition::InterfaceTypeDefinition(def) => {
                let def = def.make_mut();
                self.take(&mut def.description, offset) + self.apply_fields(&mut def.fields)
            }
            Definition::InputObjectTypeDefinition(def) => {
                let def = def.make_mut();
                self.take(&mut def.description, offset) + self.apply_inputs(&mut def.fields)
            }
            Definition::EnumTypeDefinition(def) => {
                let def = def.make_mut();
                let mut count = self.take(&mut def.description, offset);
                for value in &mut def.values {
                    let offset = value.location().map(|span| span.offset());
                    count += self.take(&mut value.make_mut().description, offset);
                }
                count
            }
            Definition::UnionTypeDefinition(def) => {
                self.take(&mut def.make_mut().description, offset)
            }
            Definition::ScalarTypeDefinition(def) => {
                self.take(&mut def.make_mut().description, offset)
            }
            Definition::DirectiveDefinition(def) => {
                let def = def.make_mut();
                self.take(&mut def.description, offset) + self.apply_inputs(&mut def.arguments)
            }
            _ => 0,
        }
    }

    fn apply_fields(&self, fields: &mut [Node<ast::FieldDefinition>]) -> usize {
        let mut count = 0;
        for field in fields {
            let offset = field.location().map(|span| span.offset());
            let field = field.make_mut();
            count += self.take(&mut field.description, offset);
            count += self.apply_inputs(&mut field.arguments);
        }
        count
    }

    fn apply_inputs(&self, inputs: &mut [Node<ast::InputValueDefinition>]) -> usize {
        let mut count = 0;
        for input in inputs {
            let offset = input.location().map(|span| span.offset());
            count += self.take(&mut input.make_mut().description, offset);
        }
        count
    }
}
