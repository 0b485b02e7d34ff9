/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memo</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Memo#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getText <em>Text</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getAuthor <em>Author</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getCreated <em>Created</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getModified <em>Modified</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getUtterance <em>Utterance</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getSpanStart <em>Span Start</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getSpanEnd <em>Span End</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getMethodId <em>Method Id</em>}</li>
 *   <li>{@link nl.leefwereld.model.Memo#getCodeId <em>Code Id</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getMemo()
 * @model
 * @generated
 */
public interface Memo extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Utterance</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utterance</em>' reference.
	 * @see #setUtterance(Utterance)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_Utterance()
	 * @model
	 * @generated
	 */
	Utterance getUtterance();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getUtterance <em>Utterance</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utterance</em>' reference.
	 * @see #getUtterance()
	 * @generated
	 */
	void setUtterance(Utterance value);

	/**
	 * Returns the value of the '<em><b>Span Start</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Span Start</em>' attribute.
	 * @see #setSpanStart(int)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_SpanStart()
	 * @model default="-1"
	 * @generated
	 */
	int getSpanStart();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getSpanStart <em>Span Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Span Start</em>' attribute.
	 * @see #getSpanStart()
	 * @generated
	 */
	void setSpanStart(int value);

	/**
	 * Returns the value of the '<em><b>Span End</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Span End</em>' attribute.
	 * @see #setSpanEnd(int)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_SpanEnd()
	 * @model default="-1"
	 * @generated
	 */
	int getSpanEnd();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getSpanEnd <em>Span End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Span End</em>' attribute.
	 * @see #getSpanEnd()
	 * @generated
	 */
	void setSpanEnd(int value);

	/**
	 * Returns the value of the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method Id</em>' attribute.
	 * @see #setMethodId(String)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_MethodId()
	 * @model
	 * @generated
	 */
	String getMethodId();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getMethodId <em>Method Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method Id</em>' attribute.
	 * @see #getMethodId()
	 * @generated
	 */
	void setMethodId(String value);

	/**
	 * Returns the value of the '<em><b>Code Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Id</em>' attribute.
	 * @see #setCodeId(String)
	 * @see nl.leefwereld.model.ModelPackage#getMemo_CodeId()
	 * @model
	 * @generated
	 */
	String getCodeId();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Memo#getCodeId <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Id</em>' attribute.
	 * @see #getCodeId()
	 * @generated
	 */
	void setCodeId(String value);

} // Memo
